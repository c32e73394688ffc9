import type { Citation } from "./types"

/** The store's guide routes' answers (GET /store/guides, /store/guides/:slug, /store/products/:id/guides). */

export interface StoreGuidePerson {
  id: string
  name: string
  credentials?: string | null
  bio?: string | null
  photo_url?: string | null
}

export interface StoreGuideCard {
  id: string
  slug: string
  title: string
  summary?: string | null
  hero_image_url?: string | null
  tags?: unknown
  reading_minutes?: number | null
  published_at?: string | null
  updated_at?: string | null
  author?: StoreGuidePerson | null
}

/** A product a guide features, only while it is on sale in the storefront's channel. */
export interface StoreGuideProduct {
  id: string
  handle: string
  title: string
  thumbnail?: string | null
  is_primary?: boolean
  position?: number
}

export type StoreGuideCitation = Partial<Omit<Citation, "title" | "year">> & { position: number; title: string; year?: number | null }

export interface StoreGuide extends StoreGuideCard {
  body?: string | null
  reviewer?: StoreGuidePerson | null
  citations?: StoreGuideCitation[] | null
  products?: StoreGuideProduct[] | null
  related_guides?: StoreGuideCard[] | null
}

export interface StoreGuideListResponse {
  guides: StoreGuideCard[]
  count: number
  limit: number
  offset: number
}

export interface StoreGuideResponse {
  guide: StoreGuide
}

/** A product's guides, primary first, then the content team's order. */
export interface StoreProductGuidesResponse {
  guides: (StoreGuideCard & { is_primary?: boolean; position?: number })[]
}

/** POST /store/guides/:slug/feedback. */
export interface StoreGuideFeedbackResponse {
  feedback: { id: string; helpful: boolean }
}
