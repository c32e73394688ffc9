import "server-only"
import type {
  StoreGuide,
  StoreGuideCard,
  StoreGuideListResponse,
  StoreGuidePerson,
  StoreGuideResponse,
  StoreProductGuidesResponse,
} from "@biome/shared"
import type { Guide, GuideCard, GuidePerson, GuideProductLink, ProductGuide } from "@/lib/guides"
import { cacheTags, CATALOG_REVALIDATE_SECONDS, HANDLE_PATTERN, medusa } from "./client"
import { NotFoundError, toBackendError } from "./errors"
import { visitorId } from "./cookies"
import { shopperAddressHeaders, visitorRequest } from "./request"
import { shopRoutes } from "./shop-client"

export const GUIDES_PAGE_SIZE = 12

export interface GuideListFilter {
  tag?: string
  q?: string
  limit?: number
  offset?: number
}

/** Published guides, newest first, optionally about one topic or matching a search. */
export async function listGuides(filter: GuideListFilter = {}): Promise<{ guides: GuideCard[]; count: number }> {
  const query: Record<string, string | number> = {
    limit: Math.min(Math.max(filter.limit ?? GUIDES_PAGE_SIZE, 1), 50),
    offset: Math.max(filter.offset ?? 0, 0),
  }
  const tag = filter.tag?.trim().toLowerCase()
  if (tag) query.tag = tag.slice(0, 40)
  const q = filter.q?.trim()
  if (q) query.q = q.slice(0, 200)

  let response: StoreGuideListResponse
  try {
    // Shared by every visitor, so the shared sdk with Next's cache tags (the per-visitor one is "no-store").
    response = await shopRoutes(medusa()).guides.list(query, {
      next: { tags: [cacheTags.guides], revalidate: CATALOG_REVALIDATE_SECONDS },
    })
  } catch (error) {
    throw toBackendError(error, "listing guides", "Guides")
  }
  return { guides: response.guides.map(toGuideCard), count: response.count ?? response.guides.length }
}

/** One published guide with its body, people, references, products and related guides. */
export async function getGuideBySlug(slug: string): Promise<Guide> {
  const resource = `The guide "${slug}"`
  if (!HANDLE_PATTERN.test(slug)) throw new NotFoundError(resource)
  let response: StoreGuideResponse
  try {
    response = await shopRoutes(medusa()).guides.retrieve(slug, {
      next: { tags: [cacheTags.guides, cacheTags.guide(slug)], revalidate: CATALOG_REVALIDATE_SECONDS },
    })
  } catch (error) {
    throw toBackendError(error, `loading guide "${slug}"`, resource)
  }
  return toGuide(response.guide)
}

/**
 * The guides linked to a product, primary first then in the content team's order. Tagged with the product
 * too, so linking a guide in the admin (which revalidates the product) shows on its page.
 */
export async function listProductGuides(product: { id: string; handle: string }): Promise<ProductGuide[]> {
  let response: StoreProductGuidesResponse
  try {
    response = await shopRoutes(medusa()).guides.ofProduct(product.id, {
      next: {
        tags: [cacheTags.guides, cacheTags.products, cacheTags.product(product.handle)],
        revalidate: CATALOG_REVALIDATE_SECONDS,
      },
    })
  } catch (error) {
    throw toBackendError(error, `listing the guides of product "${product.handle}"`, `Product "${product.handle}"`)
  }
  // The backend orders them; keep that order, but make sure a primary guide leads whatever happens.
  const guides = response.guides.map((g) => ({ ...toGuideCard(g), isPrimary: g.is_primary === true }))
  return [...guides.filter((g) => g.isPrimary), ...guides.filter((g) => !g.isPrimary)]
}

/** Stores a reader's "was this helpful?" answer; a logged-in customer's answer carries their account. */
export async function sendGuideFeedback(slug: string, feedback: { helpful: boolean; comment?: string }): Promise<void> {
  if (!HANDLE_PATTERN.test(slug)) throw new NotFoundError(`The guide "${slug}"`)
  const body = { helpful: feedback.helpful, ...(feedback.comment ? { comment: feedback.comment } : {}) }
  await visitorRequest(
    (sdk, headers) => shopRoutes(sdk).guides.feedback(slug, body, headers),
    { action: `sending feedback on guide "${slug}"`, resource: "Feedback on this guide" },
    { ...(await shopperAddressHeaders()), "x-visitor-id": await visitorId() }
  )
}

function toPerson(person: StoreGuidePerson | null | undefined): GuidePerson | null {
  if (!person?.name) return null
  return {
    id: person.id,
    name: person.name,
    credentials: person.credentials || null,
    bio: person.bio || null,
    photoUrl: person.photo_url || null,
  }
}

function toGuideCard(guide: StoreGuideCard): GuideCard {
  return {
    id: guide.id,
    slug: guide.slug,
    title: guide.title,
    summary: guide.summary ?? "",
    heroImageUrl: guide.hero_image_url || null,
    tags: Array.isArray(guide.tags) ? guide.tags.filter((t): t is string => typeof t === "string") : [],
    readingMinutes: typeof guide.reading_minutes === "number" ? guide.reading_minutes : null,
    publishedAt: guide.published_at ?? null,
    updatedAt: guide.updated_at ?? null,
    author: toPerson(guide.author),
  }
}

function toGuide(guide: StoreGuide): Guide {
  const products: GuideProductLink[] = [...(guide.products ?? [])]
    .sort((a, b) => Number(b.is_primary === true) - Number(a.is_primary === true) || (a.position ?? 0) - (b.position ?? 0))
    .map((p) => ({ id: p.id, handle: p.handle, title: p.title, thumbnail: p.thumbnail || null, isPrimary: p.is_primary === true }))
  return {
    ...toGuideCard(guide),
    body: guide.body ?? "",
    reviewer: toPerson(guide.reviewer),
    citations: [...(guide.citations ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((c) => ({
        position: c.position,
        authors: c.authors || null,
        title: c.title,
        journal: c.journal || null,
        year: typeof c.year === "number" ? c.year : null,
        volume: c.volume || null,
        issue: c.issue || null,
        pages: c.pages || null,
        doi: c.doi || null,
        pmid: c.pmid || null,
        url: c.url || null,
      })),
    products,
    relatedGuides: (guide.related_guides ?? []).map(toGuideCard),
  }
}
