export const GUIDE_STATUSES = ["draft", "published"] as const
export type GuideStatus = (typeof GUIDE_STATUSES)[number]

/** A reference as the editor enters it; its number is its place in the guide's list. */
export interface CitationInput {
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
