import type { Nodes, Parent, Root } from "mdast"
import { SKIP, visit } from "unist-util-visit"
import type { CitationMarker } from "../syntax"
import { positionsIn } from "./positions"
import { splitText, type Cut } from "./split-text"

/** A citation marker's text: [^1], [1], [1, 3], [2–4]. The one definition; the claims check reads it too. */
export const CITATION_MARKER = /\[\^?(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\]/
// Not a link's [1](…) nor a definition's [1]:.
const MARKER = new RegExp(`${CITATION_MARKER.source}(?![(:])`, "g")
// Before a reference link's `[1]` comes its text `[text]`; before a second citation, another citation.
const ENDS_WITH_MARKER = new RegExp(`${CITATION_MARKER.source}$`)
/** A range wider than this is a typing slip, not a citation. */
const MAX_RANGE = 50

/** "1, 3" → [1, 3]; "2–4" → [2, 3, 4]; an impossible range → [] (the marker is then invalid). */
export function citationNumbers(list: string): number[] {
  const numbers: number[] = []
  for (const part of list.split(",")) {
    const [from, to] = part.split(/[–-]/).map((n) => Number.parseInt(n.trim(), 10))
    if (from === undefined || Number.isNaN(from)) return []
    if (to === undefined || Number.isNaN(to)) numbers.push(from)
    else if (to < from || to - from > MAX_RANGE) return []
    else for (let n = from; n <= to; n++) numbers.push(n)
  }
  return numbers
}

/**
 * Citation markers become citation nodes: in text, and GFM footnote references (`[^1]` with a `[^1]: …`
 * definition). Footnote definitions go: a guide's reference list is its citations.
 */
export function remarkCitations() {
  return (tree: Root, file: { value: unknown }) => {
    const source = String(file.value)
    const position = positionsIn(source)
    visit(tree, (visited, index, parent: Parent | undefined) => {
      const node = visited as Nodes
      if (!parent || index === undefined) return
      if (node.type === "footnoteDefinition") {
        parent.children.splice(index, 1)
        return [SKIP, index]
      }
      if (node.type === "footnoteReference") {
        const raw = `[^${node.label ?? node.identifier}]`
        const numbers = /^\d{1,3}$/.test(node.identifier) ? [Number(node.identifier)] : []
        if (numbers.length === 0) parent.children.splice(index, 1, { type: "text", value: raw, position: node.position })
        else parent.children.splice(index, 1, { type: "citation", numbers, raw, position: node.position } satisfies CitationMarker)
        return SKIP
      }
      if (node.type !== "text") return
      const cuts: Cut[] = []
      for (const m of node.value.matchAll(MARKER)) {
        const before = node.value.slice(0, m.index)
        if (before.endsWith("]") && !ENDS_WITH_MARKER.test(before)) continue
        const raw = m[0]
        cuts.push({
          from: m.index,
          to: m.index + raw.length,
          node: (at) => ({ type: "citation", numbers: citationNumbers(m[1]!), raw, position: at }),
        })
      }
      if (cuts.length === 0) return
      const pieces = splitText(node, source, cuts, position)
      parent.children.splice(index, 1, ...pieces)
      return [SKIP, index + pieces.length]
    })
  }
}
