import { productCardHandles } from "@biome/shared"

/**
 * Guides as the storefront's pages see them. The data layer (src/lib/data/guides.ts) builds these from the
 * backend's responses; components never see raw API shapes.
 */

export interface GuidePerson {
  id: string
  name: string
  credentials: string | null
  bio: string | null
  photoUrl: string | null
}

/** A guide in a list: enough for a card. */
export interface GuideCard {
  id: string
  slug: string
  title: string
  summary: string
  heroImageUrl: string | null
  tags: string[]
  readingMinutes: number | null
  publishedAt: string | null
  updatedAt: string | null
  author: GuidePerson | null
}

/** A guide linked to a product, in the content team's order; the primary one leads. */
export interface ProductGuide extends GuideCard {
  isPrimary: boolean
}

export interface Citation {
  position: number
  authors: string | null
  title: string
  journal: string | null
  year: number | null
  volume: string | null
  issue: string | null
  pages: string | null
  doi: string | null
  pmid: string | null
  url: string | null
}

export interface GuideProductLink {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  isPrimary: boolean
}

export interface Guide extends GuideCard {
  /** Markdown with citation markers ([^1] or [1]) and marked claims (a word*). */
  body: string
  reviewer: GuidePerson | null
  citations: Citation[]
  products: GuideProductLink[]
  relatedGuides: GuideCard[]
}

/** https://doi.org/10.3389/fmicb.2018.01459 */
export function doiUrl(doi: string): string {
  const bare = doi.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, "")
  return `https://doi.org/${bare.split("/").map(encodeURIComponent).join("/")}`
}

/** https://pubmed.ncbi.nlm.nih.gov/28357027/ */
export function pubmedUrl(pmid: string): string {
  return `https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(pmid.trim())}/`
}

/** "Front Microbiol. 2018;9:1459." as a reference list prints it, or "" when the journal is unknown. */
export function formatJournalReference(citation: Citation): string {
  if (!citation.journal) return citation.year ? `${citation.year}.` : ""
  let text = citation.journal
  if (citation.year) {
    text += `. ${citation.year}`
    if (citation.volume) text += `;${citation.volume}`
    if (citation.issue) text += `(${citation.issue})`
    if (citation.pages) text += `:${citation.pages}`
  }
  return `${text}.`
}

/** Guide tags are lower-case words ("gut-skin axis"); as a heading they read "Gut-skin axis". */
export function topicLabel(tag: string): string {
  return tag.charAt(0).toUpperCase() + tag.slice(1)
}

/**
 * The products a guide page shows with prices: its cards' products that the guide is linked to (the
 * backend lists only those on sale), and its primary product for the side panel.
 */
export function guidePageProductHandles(guide: Pick<Guide, "body" | "products">): string[] {
  const linked = new Set(guide.products.map((p) => p.handle))
  const primary = guide.products.find((p) => p.isPrimary) ?? guide.products[0]
  const cards = productCardHandles(guide.body).filter((handle) => linked.has(handle))
  return [...new Set([...cards, ...(primary ? [primary.handle] : [])])]
}
