import type { Element, ElementContent, Root } from "hast"
import { SKIP, visit } from "unist-util-visit"
import { safeHref } from "../safe-url"

export interface OutlineEntry {
  /** The heading's anchor on the page. */
  id: string
  text: string
  level: 2 | 3
}

const classes = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className : [])

/** A heading's words for its anchor and the contents list: citation markers are left out. */
function headingText(node: ElementContent): string {
  if (node.type === "text") return node.value
  if (node.type !== "element" || classes(node).includes("citation")) return ""
  return node.children.map(headingText).join("")
}

function anchorFor(text: string, taken: Set<string>): string {
  const slug =
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "section"
  let id = `section-${slug}`
  for (let n = 2; taken.has(id); n++) id = `section-${slug}-${n}`
  taken.add(id)
  return id
}

/**
 * After sanitising, the shop's own finishing: links and images keep only safe addresses (a refused link
 * keeps its words, a refused image its alt text), links leaving the site get rel="noopener noreferrer",
 * images load lazily without a referrer, and h2–h4 get anchors, which the contents list (h2, h3) uses.
 */
export function finishGuideTree(tree: Root): OutlineEntry[] {
  const outline: OutlineEntry[] = []
  const taken = new Set<string>()
  visit(tree, "element", (node, index, parent) => {
    if (node.tagName === "a" && !classes(node).includes("claim-mark")) {
      const href = safeHref(String(node.properties.href ?? ""))
      if (!href && parent && index !== undefined) {
        parent.children.splice(index, 1, ...node.children)
        return [SKIP, index]
      }
      if (href) node.properties.href = href.href
      if (href?.external) node.properties.rel = ["noopener", "noreferrer"]
    }
    if (node.tagName === "img") {
      const src = safeHref(String(node.properties.src ?? ""))
      if ((!src || src.href.startsWith("#")) && parent && index !== undefined) {
        const alt = String(node.properties.alt ?? "")
        parent.children.splice(index, 1, ...(alt ? [{ type: "text" as const, value: alt }] : []))
        return [SKIP, index]
      }
      node.properties = { src: src!.href, alt: String(node.properties.alt ?? ""), loading: "lazy", referrerPolicy: "no-referrer" }
    }
    if (node.tagName === "h2" || node.tagName === "h3" || node.tagName === "h4") {
      const text = node.children.map(headingText).join("").trim()
      node.properties.id = anchorFor(text, taken)
      if (node.tagName !== "h4") outline.push({ id: node.properties.id, text, level: node.tagName === "h2" ? 2 : 3 })
    }
    return undefined
  })
  return outline
}
