import type { Nodes, Root } from "mdast"
import { SKIP, visit } from "unist-util-visit"
import { parseGuideMarkdown } from "./parse"

/** A stretch of running text in the source: a paragraph (in a list item or a quote too), a heading or a table cell. */
export interface TextBlock {
  start: number
  end: number
  /** A list item's paragraph: it goes on from what introduced the list ("Our probiotic:" / "- It …"). */
  inListItem?: boolean
}

const PHRASING_CONTAINERS = new Set(["paragraph", "heading", "tableCell"])

/**
 * The blocks of running text of a body, in reading order, read from the syntax tree: sentences never run
 * from one into the next. Code, HTML, definitions and product cards hold no running text; an unknown
 * directive written on one line is shown as its text, so it is a block of its own.
 */
export function textBlocks(source: string | Root): TextBlock[] {
  const tree = typeof source === "string" ? parseGuideMarkdown(source) : source
  const blocks: TextBlock[] = []
  visit(tree, (node: Nodes, _index, parent) => {
    const isBlock =
      PHRASING_CONTAINERS.has(node.type) || (node.type === "unknownDirective" && node.children.every((c) => c.type === "text"))
    if (!isBlock) return undefined
    const { start, end } = contentSpan(node)
    if (start !== undefined && end !== undefined && end > start) {
      blocks.push(parent?.type === "listItem" ? { start, end, inListItem: true } : { start, end })
    }
    return SKIP
  })
  return blocks
}

/** From the first child to the last: a heading's hashes and a table cell's pipes are syntax, not its text. */
function contentSpan(node: Nodes): { start?: number; end?: number } {
  const children = "children" in node ? node.children.filter((c) => c.position) : []
  if (children.length === 0) return { start: node.position?.start.offset, end: node.position?.end.offset }
  return {
    start: Math.min(...children.map((c) => c.position!.start.offset!)),
    end: Math.max(...children.map((c) => c.position!.end.offset!)),
  }
}
