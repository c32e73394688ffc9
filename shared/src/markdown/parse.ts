import type { Root } from "mdast"
import remarkDirective from "remark-directive"
import remarkGfm from "remark-gfm"
import remarkParse from "remark-parse"
import { unified } from "unified"
import { remarkCitations } from "./plugins/citations"
import { remarkClaims } from "./plugins/claims"
import { remarkLimitNesting } from "./plugins/depth"
import { remarkShopDirectives } from "./plugins/directives"
import { remarkDropRawHtml } from "./plugins/raw-html"
import { MAX_MARKDOWN_LENGTH } from "./syntax"

/** CommonMark with GFM (tables, strikethrough, autolinks), directives, and the shop's own syntax. */
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkDirective)
  .use(remarkLimitNesting)
  .use(remarkDropRawHtml)
  .use(remarkShopDirectives)
  .use(remarkCitations)
  .use(remarkClaims)

const recent = new Map<string, Root>()
const RECENT_TREES = 16

/**
 * The syntax tree of a guide body (or any copy that may carry claim marks). Everything that reads guide
 * Markdown starts here: rendering, citations, reading time, claim masking and the compliance report. The
 * tree is shared between callers (the claims check reads one text several times), so it is never changed.
 */
export function parseGuideMarkdown(source: string): Root {
  const cached = recent.get(source)
  if (cached) return cached
  const text = source.length > MAX_MARKDOWN_LENGTH ? source.slice(0, MAX_MARKDOWN_LENGTH) : source
  const tree = processor.runSync(parseOrPlainText(capNesting(text)), text)
  if (recent.size >= RECENT_TREES) recent.delete(recent.keys().next().value!)
  recent.set(source, tree)
  return tree
}

const MAX_PREFIX_MARKERS = 16
const LINE_PREFIX = /^(?:[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t])))+/gm

/**
 * A line opening more than 16 quotes or list items at once is not a real guide, and makes the parser slow
 * (its work grows with the depth on every line): the markers past the 16th become spaces, so every other
 * character keeps its place in the source.
 */
function capNesting(text: string): string {
  return text.replace(LINE_PREFIX, (prefix) => {
    let seen = 0
    return prefix.replace(/>|[-+*]|\d{1,9}[.)]/g, (marker) => (++seen > MAX_PREFIX_MARKERS ? " ".repeat(marker.length) : marker))
  })
}

/**
 * CommonMark's parser recurses through nested containers; a paste nested thousands deep can exhaust the
 * stack before any plugin runs. Such a body is read as one paragraph of plain text instead.
 */
function parseOrPlainText(text: string): Root {
  try {
    return processor.parse(text)
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: text.length + 1, offset: text.length } }
    return { type: "root", children: [{ type: "paragraph", children: [{ type: "text", value: text, position }], position }], position }
  }
}
