/** The shapes of the guide, author and claims endpoints, as the admin reads them. */

import type { Citation, GuideComplianceReport, GuideStatus } from "@biome/shared"

export type { Citation, CitationProblem, ClaimFinding, ClaimsCheck, GuideStatus, ProductCardProblem } from "@biome/shared"
export type GuideCompliance = GuideComplianceReport

export interface GuideAuthor {
  id: string
  name: string
  credentials: string
  bio: string
  photo_url: string | null
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
