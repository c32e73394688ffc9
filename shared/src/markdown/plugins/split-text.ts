import type { PhrasingContent, Text } from "mdast"
import type { Position } from "unist"
import { valueOffsets } from "../offsets"

export interface Cut {
  /** Value indexes [from, to) the new node replaces. */
  from: number
  to: number
  node: (position: Position | undefined) => PhrasingContent
}

/**
 * Splits a text node at the given cuts into text and shop nodes, each with its place in the source, so
 * masking and findings keep pointing at what the writer typed.
 */
export function splitText(node: Text, source: string, cuts: Cut[], position: (start: number, end: number) => Position): PhrasingContent[] {
  const offsets = valueOffsets(node, source)
  const at = (from: number, to: number): Position | undefined =>
    offsets[from] === undefined || offsets[to - 1] === undefined ? undefined : position(offsets[from]!, offsets[to - 1]! + 1)
  const out: PhrasingContent[] = []
  let last = 0
  for (const cut of cuts) {
    if (cut.from > last) out.push({ type: "text", value: node.value.slice(last, cut.from), position: at(last, cut.from) })
    out.push(cut.node(at(cut.from, cut.to)))
    last = cut.to
  }
  if (last < node.value.length) out.push({ type: "text", value: node.value.slice(last), position: at(last, node.value.length) })
  return out
}
