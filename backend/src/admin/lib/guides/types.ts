/** The shapes of the guide, author and claims endpoints, as the admin reads them. */

export type GuideStatus = "draft" | "published"

export interface GuideAuthor {
  id: string
  name: string
  credentials: string
  bio: string
  photo_url: string | null
}

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

export interface ClaimFinding {
  rule: "disease-claim" | "unmarked-structure-function"
  severity: "error" | "warning"
  start: number
  end: number
  excerpt: string
  reason: string
}

export interface CitationProblem {
  code: "missing_citation" | "uncited_citation" | "invalid_marker"
  number: number
  message: string
  start?: number
  end?: number
}

export interface ClaimsCheck {
  ok: boolean
  findings: ClaimFinding[]
  marked_claims: number
  disclaimer: string | null
}

export interface GuideCompliance {
  ok: boolean
  claims: ClaimsCheck
  citation_errors: CitationProblem[]
}

export interface LinkedProduct {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  status: string
  position: number
  is_primary: boolean
}

export interface GuideListItem {
  id: string
  slug: string
  title: string
  summary: string
  tags: string[]
  status: GuideStatus
  published_at: string | null
  updated_at: string
  reading_minutes: number
  author: Pick<GuideAuthor, "id" | "name" | "credentials"> | null
  product_count: number
}

export interface Guide extends Omit<GuideListItem, "product_count"> {
  body: string
  hero_image_url: string | null
  author_id: string
  reviewer_id: string | null
  reviewer: Pick<GuideAuthor, "id" | "name" | "credentials"> | null
  citations: (Citation & { id: string; position: number })[]
  products: LinkedProduct[]
  compliance: GuideCompliance
}

/** What the editor form holds and sends. */
export interface GuideDraft {
  slug: string
  title: string
  summary: string
  body: string
  hero_image_url: string | null
  tags: string[]
  author_id: string
  reviewer_id: string | null
  citations: Citation[]
}

export interface ProductGuide {
  guide_id: string
  slug: string
  title: string
  status: GuideStatus
  position: number
  is_primary: boolean
}
