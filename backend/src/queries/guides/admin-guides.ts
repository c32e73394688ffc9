import type { MedusaResponse } from "@medusajs/framework/http"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import GuideProductLink from "../../links/guide-product"
import { productsForCards } from "../../lib/guide-product-cards"
import { isGuideComplianceError, reviewGuideContent } from "../../modules/guide/compliance"
import { containsPattern } from "../../lib/like-pattern"

type Query = Omit<RemoteQueryFunction, symbol>

const PERSON = ["id", "name", "credentials", "photo_url"]
const LIST_FIELDS = [
  "id",
  "slug",
  "title",
  "summary",
  "tags",
  "status",
  "published_at",
  "reading_minutes",
  "updated_at",
  ...PERSON.map((f) => `author.${f}`),
]
const CITATION_FIELDS = ["id", "position", "authors", "title", "journal", "year", "volume", "issue", "pages", "doi", "pmid", "url"]

interface LinkRow {
  guide_id: string
  product_id: string
  position: number
  is_primary: boolean
  product?: { id: string; title: string; handle: string; thumbnail: string | null; status: string } | null
  guide?: { id: string; slug: string; title: string; status: string } | null
}

/** A guide as the editor sees it: everything, plus its products and the current compliance report. */
export async function retrieveAdminGuide(query: Query, id: string) {
  const {
    data: [guide],
  } = await query.graph({
    entity: "guide",
    fields: [
      ...LIST_FIELDS,
      "body",
      "hero_image_url",
      "author_id",
      "reviewer_id",
      "created_at",
      ...PERSON.map((f) => `reviewer.${f}`),
      ...CITATION_FIELDS.map((f) => `citations.${f}`),
    ],
    filters: { id },
  })
  if (!guide) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Guide with id "${id}" was not found`)
  const { data: links } = await query.graph({
    entity: GuideProductLink.entryPoint,
    fields: [
      "guide_id",
      "product_id",
      "position",
      "is_primary",
      "product.id",
      "product.title",
      "product.handle",
      "product.thumbnail",
      "product.status",
    ],
    filters: { guide_id: id },
  })
  const products = (links as LinkRow[])
    .filter((l) => l.product)
    .sort((a, b) => a.product!.title.localeCompare(b.product!.title))
    .map((l) => ({ ...l.product!, position: l.position, is_primary: l.is_primary }))
  const citations = (guide.citations ?? []).filter((c) => c !== null).sort((a, b) => a.position - b.position)
  const compliance = reviewGuideContent({ body: guide.body, citations, products: await productsForCards(query, guide.body, id) })
  return { ...guide, citations, products, compliance }
}

export interface AdminGuideListFilters {
  q?: string
  status?: "draft" | "published"
  tag?: string
  limit: number
  offset: number
}

/** Guides for the admin list, newest edits first, with how many products each is linked to. */
export async function listAdminGuides(query: Query, f: AdminGuideListFilters) {
  const filters: Record<string, unknown> = {}
  if (f.status) filters.status = f.status
  if (f.tag) filters.tags = { $contains: [f.tag] }
  if (f.q) filters.$or = [{ title: { $ilike: containsPattern(f.q) } }, { slug: { $ilike: containsPattern(f.q) } }]
  const { data, metadata } = await query.graph({
    entity: "guide",
    fields: LIST_FIELDS,
    filters,
    pagination: { skip: f.offset, take: f.limit, order: { updated_at: "DESC" } },
  })
  const ids = data.map((g: { id: string }) => g.id)
  const { data: links } =
    ids.length > 0
      ? await query.graph({ entity: GuideProductLink.entryPoint, fields: ["guide_id"], filters: { guide_id: ids } })
      : { data: [] }
  const counts = new Map<string, number>()
  for (const l of links as { guide_id: string }[]) counts.set(l.guide_id, (counts.get(l.guide_id) ?? 0) + 1)
  const guides = data.map((g: { id: string }) => ({ ...g, product_count: counts.get(g.id) ?? 0 }))
  return { guides, count: metadata?.count ?? guides.length, limit: f.limit, offset: f.offset }
}

/** A product's guides as the product page's widget shows them, in display order. */
export async function productGuideList(query: Query, productId: string) {
  const {
    data: [product],
  } = await query.graph({ entity: "product", fields: ["id"], filters: { id: productId } })
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id "${productId}" was not found`)
  const { data: links } = await query.graph({
    entity: GuideProductLink.entryPoint,
    fields: ["guide_id", "product_id", "position", "is_primary", "guide.id", "guide.slug", "guide.title", "guide.status"],
    filters: { product_id: productId },
  })
  return (links as LinkRow[])
    .filter((l) => l.guide)
    .sort((a, b) => a.position - b.position)
    .map((l) => ({
      guide_id: l.guide_id,
      slug: l.guide!.slug,
      title: l.guide!.title,
      status: l.guide!.status,
      position: l.position,
      is_primary: l.is_primary,
    }))
}

/**
 * Medusa's error handler only passes on a message; a guide refused for its claims also needs the
 * findings, so the editor can point at them. Returns false for any other error.
 */
export function sendComplianceRefusal(res: MedusaResponse, error: unknown): boolean {
  if (!isGuideComplianceError(error)) return false
  res.status(400).json({
    type: "invalid_data",
    message: error.message,
    findings: error.findings,
    citation_errors: error.citation_errors,
    product_card_errors: error.product_card_errors,
  })
  return true
}
