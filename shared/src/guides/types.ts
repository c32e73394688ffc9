import type { ClaimFinding } from "../claims"

/** The shapes the guide routes send and the admin reads: one definition for both sides. */

export const GUIDE_STATUSES = ["draft", "published"] as const
export type GuideStatus = (typeof GUIDE_STATUSES)[number]

/** A reference as the editor enters it; its number is its place in the guide's list. */
export interface Citation {
  authors: string
  title: string
  journal: string
  year: number
  volume?: string | null
  issue?: string | null
  pages?: string | null
  doi?: string | null
  pmid?: string | null
  url?: string | null
}

export type CitationProblemCode = "missing_citation" | "uncited_citation" | "invalid_marker"

export interface CitationProblem {
  code: CitationProblemCode
  /** The citation number concerned (for an invalid marker, its first number). */
  number: number
  message: string
  /** Where in the body, for problems found at a marker. */
  start?: number
  end?: number
}

export type ProductCardProblemCode = "invalid_handle" | "unknown_product" | "unpublished_product" | "unlinked_product" | "unknown_directive"

/** A `::product{…}` card (or another directive) the store could not show. */
export interface ProductCardProblem {
  code: ProductCardProblemCode
  /** The handle as written; null for an unknown directive. */
  handle: string | null
  message: string
  start: number
  end: number
}

/** The claims check of one text, as the claims routes answer it. */
export interface ClaimsCheck {
  ok: boolean
  findings: ClaimFinding[]
  marked_claims: number
  disclaimer: string | null
}

/** What the editor's compliance panel shows, and what decides whether a guide may be published. */
export interface GuideComplianceReport {
  ok: boolean
  claims: ClaimsCheck
  citation_errors: CitationProblem[]
  /** Product cards for products that are unknown, unpublished or not linked to the guide. */
  product_card_errors: ProductCardProblem[]
}
