import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import GuideProductLink from "../../links/guide-product"
import { containsPattern } from "../../lib/like-pattern"

type Query = Omit<RemoteQueryFunction, symbol>

/** What a guide card on the storefront needs. */
export const GUIDE_CARD_FIELDS = [
  "id",
  "slug",
  "title",
  "summary",
  "hero_image_url",
  "tags",
  "reading_minutes",
  "published_at",
  "updated_at",
  "author.id",
  "author.name",
  "author.credentials",
  "author.photo_url",
]

const PERSON_FIELDS = ["id", "name", "credentials", "bio", "photo_url"]
const CITATION_FIELDS = ["position", "authors", "title", "journal", "year", "volume", "issue", "pages", "doi", "pmid", "url"]
const RELATED_GUIDES = 3

export interface GuideListFilters {
  tag?: string
  product_id?: string
  q?: string
  limit: number
  offset: number
}

/** Published guides, newest first, optionally about a tag, a product or a search term. */
export async function listPublishedGuides(query: Query, f: GuideListFilters) {
  const filters: Record<string, unknown> = { status: "published" }
  if (f.tag) filters.tags = { $contains: [f.tag] }
  if (f.q) filters.$or = [{ title: { $ilike: containsPattern(f.q) } }, { summary: { $ilike: containsPattern(f.q) } }]
  if (f.product_id) {
    const { data: links } = await query.graph({
      entity: GuideProductLink.entryPoint,
      fields: ["guide_id"],
      filters: { product_id: f.product_id },
    })
    if (links.length === 0) return { guides: [], count: 0, limit: f.limit, offset: f.offset }
    filters.id = links.map((l: { guide_id: string }) => l.guide_id)
  }
  const { data, metadata } = await query.graph({
    entity: "guide",
    fields: GUIDE_CARD_FIELDS,
    filters,
    pagination: { skip: f.offset, take: f.limit, order: { published_at: "DESC" } },
  })
  return { guides: data, count: metadata?.count ?? data.length, limit: f.limit, offset: f.offset }
}

export interface StoreProductCard {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  is_primary: boolean
  position: number
}

interface LinkedProductRow {
  guide_id: string
  position: number
  is_primary: boolean
  product?: {
    id: string
    handle: string
    title: string
    thumbnail: string | null
    status: string
    sales_channels?: ({ id: string } | null)[]
  } | null
}

/** A product a shopper may see: published, and sold in the publishable key's sales channels. */
function isOnSale(product: LinkedProductRow["product"], salesChannelIds: readonly string[]): boolean {
  if (product?.status !== "published") return false
  if (salesChannelIds.length === 0) return true
  return (product.sales_channels ?? []).some((sc) => sc !== null && salesChannelIds.includes(sc.id))
}

/** A published guide by slug with its people, ordered references, products on sale and related guides. */
export async function retrievePublishedGuide(query: Query, slug: string, salesChannelIds: readonly string[]) {
  const {
    data: [guide],
  } = await query.graph({
    entity: "guide",
    fields: [
      ...GUIDE_CARD_FIELDS,
      "body",
      "author.bio",
      ...PERSON_FIELDS.map((f) => `reviewer.${f}`),
      ...CITATION_FIELDS.map((f) => `citations.${f}`),
    ],
    filters: { slug, status: "published" },
  })
  if (!guide) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No published guide has the slug "${slug}"`)

  const { data: links } = await query.graph({
    entity: GuideProductLink.entryPoint,
    fields: [
      "guide_id",
      "position",
      "is_primary",
      "product.id",
      "product.handle",
      "product.title",
      "product.thumbnail",
      "product.status",
      "product.sales_channels.id",
    ],
    filters: { guide_id: guide.id },
  })
  const products: StoreProductCard[] = (links as LinkedProductRow[])
    .filter((l) => isOnSale(l.product, salesChannelIds))
    .sort((a, b) => a.position - b.position)
    .map((l) => ({
      id: l.product!.id,
      handle: l.product!.handle,
      title: l.product!.title,
      thumbnail: l.product!.thumbnail,
      is_primary: l.is_primary,
      position: l.position,
    }))

  const tags = (guide.tags ?? []).filter((t): t is string => typeof t === "string")
  const relatedFilters: Record<string, unknown> = { status: "published", tags: { $overlap: tags }, id: { $ne: guide.id } }
  const { data: related } =
    tags.length === 0
      ? { data: [] }
      : await query.graph({
          entity: "guide",
          fields: GUIDE_CARD_FIELDS,
          filters: relatedFilters,
          pagination: { take: RELATED_GUIDES, skip: 0, order: { published_at: "DESC" } },
        })

  const citations = (guide.citations ?? []).filter((c) => c !== null).sort((a, b) => a.position - b.position)
  return { ...guide, citations, products, related_guides: related }
}

/** A product's published guides for its page: the primary guide first, then the content team's order. */
export async function publishedGuidesOfProduct(query: Query, productId: string, salesChannelIds: readonly string[]) {
  const {
    data: [product],
  } = await query.graph({
    entity: "product",
    fields: ["id", "status", "sales_channels.id"],
    filters: { id: productId },
  })
  if (!isOnSale(product as LinkedProductRow["product"], salesChannelIds)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id "${productId}" was not found`)
  }
  const { data: links } = await query.graph({
    entity: GuideProductLink.entryPoint,
    fields: ["guide_id", "position", "is_primary", ...GUIDE_CARD_FIELDS.map((f) => `guide.${f}`), "guide.status"],
    filters: { product_id: productId },
  })
  return (links as { position: number; is_primary: boolean; guide?: ({ status: string } & Record<string, unknown>) | null }[])
    .filter((l) => l.guide?.status === "published")
    .sort((a, b) => Number(b.is_primary) - Number(a.is_primary) || a.position - b.position)
    .map(({ guide, is_primary, position }) => {
      const { status: _status, ...card } = guide!
      return { ...card, is_primary, position }
    })
}
