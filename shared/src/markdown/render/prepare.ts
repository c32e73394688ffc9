import type { Root as HastRoot } from "hast"
import type { Root } from "mdast"
import rehypeSanitize from "rehype-sanitize"
import remarkRehype from "remark-rehype"
import { unified } from "unified"
import { visit } from "unist-util-visit"
import { parseGuideMarkdown } from "../parse"
import { PRODUCT_HANDLE_PATTERN } from "../syntax"
import { finishGuideTree, type OutlineEntry } from "./finish"
import { shopHandlers } from "./handlers"
import { GUIDE_SCHEMA } from "./schema"

export interface PreparedGuideBody {
  /** The sanitised HTML tree, ready for renderGuideBody. */
  tree: HastRoot
  /** The h2 and h3 headings, for the table of contents. */
  outline: OutlineEntry[]
  /** Citation numbers shown as links, in order of first mention (the reference list links back to them). */
  cited: number[]
  /** Claim marks shown, for the disclaimer's wording. */
  claims: number
  /** Handles of the product cards, in order, each once. */
  productHandles: string[]
}

/**
 * A guide body from Markdown to the tree both the storefront and the admin preview render: the shop's
 * syntax tree, turned into HTML elements without any raw HTML, sanitised against an explicit allow-list,
 * then finished (safe links, anchors). `citations` are the numbers that have a reference.
 */
export function prepareGuideBody(source: string, options: { citations?: readonly number[] } = {}): PreparedGuideBody {
  const mdast: Root = parseGuideMarkdown(source)
  const known = new Set(options.citations ?? [])
  const toHtml = unified()
    .use(remarkRehype, { handlers: shopHandlers(known) })
    .use(rehypeSanitize, GUIDE_SCHEMA)
  const tree = toHtml.runSync(mdast) as HastRoot
  const outline = finishGuideTree(tree)

  const cited = new Set<number>()
  let claims = 0
  const productHandles = new Set<string>()
  visit(mdast, (node) => {
    if (node.type === "citation" && node.numbers.length > 0 && node.numbers.every((n) => known.has(n))) {
      for (const n of node.numbers) cited.add(n)
    }
    if (node.type === "claim") claims++
    if (node.type === "productCard" && PRODUCT_HANDLE_PATTERN.test(node.handle)) productHandles.add(node.handle)
  })
  return { tree, outline, cited: [...cited], claims, productHandles: [...productHandles] }
}
