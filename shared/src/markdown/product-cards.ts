import type { Root } from "mdast"
import { visit } from "unist-util-visit"
import type { ProductCardProblem } from "../guides/types"
import { parseGuideMarkdown } from "./parse"
import { PRODUCT_HANDLE_PATTERN } from "./syntax"

/** A product a card may name, as the backend knows it: whether it is published and linked to the guide. */
export interface ProductForCards {
  handle: string
  title?: string
  status: string
  linked: boolean
}

export interface FoundProductCard {
  handle: string
  start: number
  end: number
}

/** Every `::product{…}` of a body, where it stands; the handle as written. */
export function findProductCards(source: string | Root): FoundProductCard[] {
  const tree = typeof source === "string" ? parseGuideMarkdown(source) : source
  const cards: FoundProductCard[] = []
  visit(tree, "productCard", (node) => {
    cards.push({ handle: node.handle, start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 })
  })
  return cards
}

/** The well-formed handles the cards name, each once: what the backend is asked about. */
export function productCardHandles(source: string | Root): string[] {
  return [
    ...new Set(
      findProductCards(source)
        .map((c) => c.handle)
        .filter((h) => PRODUCT_HANDLE_PATTERN.test(h))
    ),
  ]
}

/**
 * What stops a guide's product cards from showing: a card without a handle, for a product nobody sells
 * under that handle, for one that is not published, or for one the guide is not linked to (the editor links
 * the products a guide promotes, and only those reach the store with it). Unknown directives are named too.
 */
export function checkProductCards(body: string, products: readonly ProductForCards[]): ProductCardProblem[] {
  const tree = parseGuideMarkdown(body)
  const byHandle = new Map(products.map((p) => [p.handle, p]))
  const problems: ProductCardProblem[] = []
  for (const card of findProductCards(tree)) {
    const at = { handle: card.handle, start: card.start, end: card.end }
    const product = byHandle.get(card.handle)
    if (!PRODUCT_HANDLE_PATTERN.test(card.handle)) {
      problems.push({
        code: "invalid_handle",
        ...at,
        message: `A product card needs a product's handle, e.g. ::product{handle="daily-balance-probiotic"}.`,
      })
    } else if (!product) {
      problems.push({ code: "unknown_product", ...at, message: `No product has the handle "${card.handle}".` })
    } else if (product.status !== "published") {
      problems.push({
        code: "unpublished_product",
        ...at,
        message: `${product.title ?? card.handle} is not published, so its card cannot show; publish the product or remove the card.`,
      })
    } else if (!product.linked) {
      problems.push({
        code: "unlinked_product",
        ...at,
        message: `${product.title ?? card.handle} has a card but is not linked to this guide; link it under Linked products or remove the card.`,
      })
    }
  }
  visit(tree, "unknownDirective", (node) => {
    problems.push({
      code: "unknown_directive",
      handle: null,
      start: node.position?.start.offset ?? 0,
      end: node.position?.end.offset ?? 0,
      message: `"${node.raw.split("\n")[0]}" is not something guides can show; the only directive is ::product{handle="…"}.`,
    })
  })
  return problems
}
