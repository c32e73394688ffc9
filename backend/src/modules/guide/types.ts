import type { Citation } from "@biome/shared"

export { GUIDE_STATUSES, type GuideStatus } from "@biome/shared"

/** A reference as the editor enters it; its number is its place in the guide's list. */
export type CitationInput = Citation

export interface GuideContentInput {
  slug: string
  title: string
  summary: string
  body: string
  hero_image_url?: string | null
  tags?: string[]
  author_id: string
  reviewer_id?: string | null
}

export interface GuideAuthorInput {
  name: string
  credentials: string
  bio: string
  photo_url?: string | null
}
