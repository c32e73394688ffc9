import { findClaimMarkers } from "@biome/shared"
import { parseBlocks } from "./blocks"
import { CLAIM, MAX_SOURCE_LENGTH, type Block, type Inline } from "./syntax"

/**
 * A small Markdown parser for guide bodies, and the first half of their sanitising pipeline: it produces a
 * tree of known node types only. Raw HTML is dropped (a <script> with its content, every tag and comment),
 * links and images keep only http(s) or same-site addresses, and nothing is ever turned into markup as a
 * string: the renderer builds React elements from this tree, so text stays text.
 *
 * Supported: ATX headings, paragraphs, bullet and numbered lists (nested), block quotes, fenced code,
 * rules, **strong**, *emphasis*, `code`, [links](https://…), <https://autolinks>, ![images](https://…),
 * hard line breaks, citation markers ([^1], [1], [1, 2], [1-3]) and claim markers (a word*).
 */

export type { Block, Inline } from "./syntax"
export { MAX_SOURCE_LENGTH } from "./syntax"
export { decodeEntities, plainText, safeHref } from "./text"

export function parseMarkdown(source: string): Block[] {
  let text = source
    .slice(0, MAX_SOURCE_LENGTH)
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000\uE000\uE001]/g, "")
    .replace(/\t/g, "    ")
  text = markClaims(text)
  return parseBlocks(text.split("\n"), 0)
}

/** The citation numbers a parsed body refers to, in order of first mention. */
export function citedNumbers(blocks: Block[]): number[] {
  const seen = new Set<number>()
  const visitInline = (nodes: Inline[]) => {
    for (const node of nodes) {
      if (node.type === "citation") node.numbers.forEach((n) => seen.add(n))
      else if ("children" in node) visitInline(node.children)
    }
  }
  const visitBlocks = (list: Block[]) => {
    for (const block of list) {
      if (block.type === "heading" || block.type === "paragraph") visitInline(block.children)
      else if (block.type === "blockquote") visitBlocks(block.children)
      else if (block.type === "list") block.items.forEach(visitBlocks)
    }
  }
  visitBlocks(blocks)
  return [...seen]
}

/** How many claim markers a parsed body shows, for the disclaimer's wording. */
export function countClaims(blocks: Block[]): number {
  let count = 0
  const visitInline = (nodes: Inline[]) => {
    for (const node of nodes) {
      if (node.type === "claim") count++
      else if ("children" in node) visitInline(node.children)
    }
  }
  const visitBlocks = (list: Block[]) => {
    for (const block of list) {
      if (block.type === "heading" || block.type === "paragraph") visitInline(block.children)
      else if (block.type === "blockquote") visitBlocks(block.children)
      else if (block.type === "list") block.items.forEach(visitBlocks)
    }
  }
  visitBlocks(blocks)
  return count
}

/** Claim markers become CLAIM, by the same rule the claims check and the disclaimer count use. */
function markClaims(text: string): string {
  const markers = findClaimMarkers(text)
  let result = text
  for (let i = markers.length - 1; i >= 0; i--) {
    const at = markers[i]!
    // An escaped "\*" after a word is a marker too; the backslash goes with it.
    const start = at > 0 && result[at - 1] === "\\" ? at - 1 : at
    result = result.slice(0, start) + CLAIM + result.slice(at + 1)
  }
  return result
}
