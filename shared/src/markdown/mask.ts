import { visit } from "unist-util-visit"
import { valueOffsets } from "./offsets"
import { parseGuideMarkdown } from "./parse"

/**
 * The words of a text where they stand, everything else blank: Markdown syntax, link targets, code, HTML,
 * citation markers, claim asterisks and product cards become spaces, newlines stay. Matches found in the
 * result are positions in the original, which is what the claims check needs.
 */
export function maskMarkdown(text: string): string {
  const tree = parseGuideMarkdown(text)
  const masked = text.replace(/[^\n]/g, " ").split("")
  visit(tree, (node) => {
    if (node.type === "text") {
      const offsets = valueOffsets(node, text)
      for (let i = 0; i < node.value.length; i++) {
        const at = offsets[i]
        if (at !== undefined && node.value[i] !== "\n" && text[at] !== "\n") masked[at] = node.value[i]!
      }
    } else if (node.type === "image" && node.alt) {
      const start = node.position?.start.offset ?? 0
      const at = text.indexOf(node.alt, start)
      if (at >= 0 && at + node.alt.length <= (node.position?.end.offset ?? 0)) {
        for (let i = 0; i < node.alt.length; i++) if (node.alt[i] !== "\n") masked[at + i] = node.alt[i]!
      }
    }
  })
  return masked.join("")
}

/** Where each claim asterisk of a text is (its offset), in order: the marks the storefront shows. */
export function claimMarkOffsets(text: string): number[] {
  const offsets: number[] = []
  visit(parseGuideMarkdown(text), "claim", (node) => {
    if (node.position?.start.offset !== undefined) offsets.push(node.position.start.offset)
  })
  return offsets
}
