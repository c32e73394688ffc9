import type { Node, Parent, PhrasingContent } from "mdast"

/**
 * The shop's own nodes in a guide's syntax tree, next to mdast's: citation markers ([^1], [1], [1, 2],
 * [2–4]), claim asterisks ("supports digestive comfort*") and product cards (::product{handle="…"}).
 */

export interface CitationMarker extends Node {
  type: "citation"
  /** The numbers cited, in the order written; empty when the marker is not a valid range. */
  numbers: number[]
  /** The marker as the writer typed it, shown as is when it cannot become a link. */
  raw: string
}

export interface ClaimMark extends Node {
  type: "claim"
}

export interface ProductCardNode extends Node {
  type: "productCard"
  /** The product's handle, as written in the directive (possibly empty or malformed: the check says so). */
  handle: string
}

/** A directive the shop does not know (`::video{…}`, `:::note`): reported, and shown as plain text. */
export interface UnknownDirective extends Parent {
  type: "unknownDirective"
  name: string
  raw: string
  children: PhrasingContent[]
}

declare module "mdast" {
  interface PhrasingContentMap {
    citation: CitationMarker
    claim: ClaimMark
  }
  interface BlockContentMap {
    productCard: ProductCardNode
    unknownDirective: UnknownDirective
  }
  interface RootContentMap {
    citation: CitationMarker
    claim: ClaimMark
    productCard: ProductCardNode
    unknownDirective: UnknownDirective
  }
}

/** Longer bodies are cut: a guide is a few thousand words, and parsing must stay quick on any input. */
export const MAX_MARKDOWN_LENGTH = 100_000

/** What a product handle looks like (Medusa's own handles); anything else cannot name a product. */
export const PRODUCT_HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
