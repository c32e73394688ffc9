import type { Element, ElementContent } from "hast"
import type { Options as ToHastOptions } from "remark-rehype"
import type { CitationMarker, UnknownDirective } from "../syntax"
import { PRODUCT_CARD_TAG } from "./schema"

type Handlers = NonNullable<ToHastOptions["handlers"]>

/** Where claim marks point: the page's FDA disclaimer box. */
export const FDA_DISCLAIMER_ID = "fda-disclaimer"
export const referenceId = (position: number) => `ref-${position}`
export const citationId = (position: number, occurrence: number) => `cite-${position}-${occurrence}`

const text = (value: string): ElementContent => ({ type: "text", value })

/**
 * How the shop's nodes (and headings) become HTML elements. Headings start at h2, under the page's title;
 * a citation marker links each number to its reference, or stays as typed when a number has none.
 */
export function shopHandlers(knownCitations: ReadonlySet<number>): Handlers {
  const occurrences = new Map<number, number>()
  return {
    heading(state, node) {
      const tagName = node.depth <= 2 ? "h2" : node.depth === 3 ? "h3" : "h4"
      const element: Element = { type: "element", tagName, properties: {}, children: state.all(node) }
      state.patch(node, element)
      return element
    },
    citation(_state, node: CitationMarker) {
      if (node.numbers.length === 0 || !node.numbers.every((n) => knownCitations.has(n))) return text(node.raw)
      const links = node.numbers.flatMap((n, i): ElementContent[] => {
        const occurrence = (occurrences.get(n) ?? 0) + 1
        occurrences.set(n, occurrence)
        const link: Element = {
          type: "element",
          tagName: "a",
          properties: { href: `#${referenceId(n)}`, id: citationId(n, occurrence), ariaLabel: `Reference ${n}` },
          children: [text(String(n))],
        }
        return i === 0 ? [link] : [text(", "), link]
      })
      return { type: "element", tagName: "sup", properties: { className: ["citation"] }, children: [text("["), ...links, text("]")] }
    },
    claim() {
      return {
        type: "element",
        tagName: "a",
        properties: { href: `#${FDA_DISCLAIMER_ID}`, className: ["claim-mark"], ariaLabel: "claim, see the FDA disclaimer" },
        children: [text("*")],
      }
    },
    productCard(_state, node: { handle: string }) {
      return { type: "element", tagName: PRODUCT_CARD_TAG, properties: { handle: node.handle }, children: [] }
    },
    unknownDirective(state, node: UnknownDirective) {
      const children = state.all(node)
      const isLeaf = node.children.every((child) => child.type === "text")
      return isLeaf ? { type: "element", tagName: "p", properties: {}, children } : children
    },
  }
}
