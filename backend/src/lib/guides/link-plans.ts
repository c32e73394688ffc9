/**
 * Pure planning of guide ↔ product links. A product's guides are kept numbered 0..n-1 in display order,
 * and at most one of them is the primary guide.
 */

export interface GuideProductLinkRow {
  guide_id: string
  product_id: string
  position: number
  is_primary: boolean
}

export interface GuideProductLinkPlan {
  /** Links to create or whose position / primary flag changes. */
  upsert: GuideProductLinkRow[]
  dismiss: { guide_id: string; product_id: string }[]
}

export interface GuideProductAddition {
  product_id: string
  /** Place among the product's guides, from 0; the end when omitted. */
  position?: number
  /** True makes it the product's primary guide; omitted keeps the flag, and a product's first guide becomes primary. */
  is_primary?: boolean
}

const byPosition = (a: GuideProductLinkRow, b: GuideProductLinkRow) => a.position - b.position || a.guide_id.localeCompare(b.guide_id)

const key = (row: { guide_id: string; product_id: string }) => `${row.guide_id}|${row.product_id}`

/** The current links of one product, in display order. */
function productLinks(current: readonly GuideProductLinkRow[], productId: string): GuideProductLinkRow[] {
  return current.filter((row) => row.product_id === productId).sort(byPosition)
}

function changedRows(before: readonly GuideProductLinkRow[], after: readonly GuideProductLinkRow[]): GuideProductLinkRow[] {
  const previous = new Map(before.map((row) => [key(row), row]))
  return after.filter((row) => {
    const was = previous.get(key(row))
    return !was || was.position !== row.position || was.is_primary !== row.is_primary
  })
}

const renumber = (rows: GuideProductLinkRow[]) => rows.map((row, position) => ({ ...row, position }))

/**
 * From a guide's side: link it to products (at a place, maybe as primary) and unlink it from others.
 * `current` holds every link of the products concerned, whichever guide they belong to.
 */
export function planGuideProductLinks(
  guideId: string,
  current: readonly GuideProductLinkRow[],
  add: readonly GuideProductAddition[],
  remove: readonly string[]
): GuideProductLinkPlan {
  const plan: GuideProductLinkPlan = { upsert: [], dismiss: [] }
  for (const productId of new Set(remove)) {
    const before = productLinks(current, productId)
    if (!before.some((row) => row.guide_id === guideId)) continue
    plan.dismiss.push({ guide_id: guideId, product_id: productId })
    plan.upsert.push(...changedRows(before, renumber(before.filter((row) => row.guide_id !== guideId))))
  }
  for (const addition of add) {
    const before = productLinks(current, addition.product_id)
    const existing = before.find((row) => row.guide_id === guideId)
    const others = before.filter((row) => row.guide_id !== guideId)
    const isPrimary = addition.is_primary ?? existing?.is_primary ?? !others.some((row) => row.is_primary)
    const at = Math.min(addition.position ?? (existing ? before.indexOf(existing) : others.length), others.length)
    const row: GuideProductLinkRow = { guide_id: guideId, product_id: addition.product_id, position: at, is_primary: isPrimary }
    const ordered = [...others.slice(0, at), row, ...others.slice(at)].map((r) =>
      isPrimary && r.guide_id !== guideId ? { ...r, is_primary: false } : r
    )
    plan.upsert.push(...changedRows(before, renumber(ordered)))
  }
  return plan
}

export interface ProductGuideChoice {
  guide_id: string
  is_primary?: boolean
}

/** From a product's side: the given list becomes the product's guides, in that order. */
export function planProductGuideOrder(
  productId: string,
  current: readonly GuideProductLinkRow[],
  guides: readonly ProductGuideChoice[]
): GuideProductLinkPlan {
  const before = productLinks(current, productId)
  const wanted = new Set(guides.map((g) => g.guide_id))
  const after = guides.map((g, position) => ({
    guide_id: g.guide_id,
    product_id: productId,
    position,
    is_primary: g.is_primary === true,
  }))
  return {
    upsert: changedRows(before, after),
    dismiss: before.filter((row) => !wanted.has(row.guide_id)).map(({ guide_id, product_id }) => ({ guide_id, product_id })),
  }
}

/** Emitted after guide–product links change, so the storefront refreshes both sides' pages. */
export const GUIDE_PRODUCT_LINKS_UPDATED = "guide.product-links.updated"

export interface GuideProductLinksEvent {
  /** The guides whose product lists changed. */
  id: string[]
  product_ids: string[]
}

export function linkChangeEvent(plan: GuideProductLinkPlan): GuideProductLinksEvent {
  const touched = [...plan.upsert, ...plan.dismiss]
  return {
    id: [...new Set(touched.map((row) => row.guide_id))],
    product_ids: [...new Set(touched.map((row) => row.product_id))],
  }
}
