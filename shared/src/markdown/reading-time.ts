import type { Root } from "mdast"
import { visit } from "unist-util-visit"
import { parseGuideMarkdown } from "./parse"

export const WORDS_PER_MINUTE = 220
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu

/** Minutes a reader needs for a body: the words they read (not syntax, code blocks or citation markers); at least one. */
export function readingMinutes(source: string | Root): number {
  const tree = typeof source === "string" ? parseGuideMarkdown(source) : source
  let words = 0
  visit(tree, (node) => {
    if (node.type === "code" || node.type === "unknownDirective") return "skip"
    const text = node.type === "text" || node.type === "inlineCode" ? node.value : node.type === "image" ? (node.alt ?? "") : ""
    words += text.match(WORD)?.length ?? 0
    return undefined
  })
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE))
}
