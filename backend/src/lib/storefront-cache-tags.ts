import { cacheTags } from "@biome/shared"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { GUIDE_MODULE } from "../modules/guide"
import type GuideModuleService from "../modules/guide/service"
import { GUIDE_PRODUCT_LINKS_UPDATED } from "./guides/link-plans"

type ChangedThing = "product" | "variant" | "catalog" | "category" | "guide" | "guide-citation" | "guide-author" | "guide-links"

const crud = (prefix: string, thing: ChangedThing) =>
  Object.fromEntries(["created", "updated", "deleted"].map((action) => [`${prefix}.${action}`, thing]))

/**
 * What each event says changed. Product, variant and inventory-level names are Medusa's workflow events;
 * prices have no workflow event, so the pricing module's own events stand in; guides emit no workflow events
 * either, so the guide module's own (guide.<model>.<action>) do; linking guides and products emits its own.
 */
const CHANGE_EVENTS: Record<string, ChangedThing> = {
  ...crud("product", "product"),
  ...crud("product-variant", "variant"),
  ...crud("product-category", "category"),
  ...crud("pricing.price", "catalog"),
  ...crud("pricing.price-list", "catalog"),
  ...crud("inventory-level", "catalog"),
  ...crud("guide.guide", "guide"),
  ...crud("guide.guide-citation", "guide-citation"),
  ...crud("guide.guide-author", "guide-author"),
  [GUIDE_PRODUCT_LINKS_UPDATED]: "guide-links",
}

export const STOREFRONT_CHANGE_EVENTS = Object.keys(CHANGE_EVENTS)

/** What to refresh when an event names no id: every page of that kind. */
const FALLBACK_TAG: Record<ChangedThing, string> = {
  product: cacheTags.products,
  variant: cacheTags.products,
  catalog: cacheTags.products,
  category: cacheTags.categories,
  guide: cacheTags.guides,
  "guide-citation": cacheTags.guides,
  "guide-author": cacheTags.guides,
  "guide-links": cacheTags.guides,
}

const uniq = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))]

/**
 * The cache tags a change makes stale. Looks up handles and slugs, deleted rows included, so a page that
 * just disappeared is refreshed too.
 */
export async function cacheTagsForChange(
  container: MedusaContainer,
  eventName: string,
  ids: string[],
  /** For link changes: the products whose guide lists changed (`ids` are the guides). */
  productIds: string[] = []
): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const guides = () => container.resolve<GuideModuleService>(GUIDE_MODULE)
  const guideTags = async (guideIds: string[]) => {
    const found = guideIds.length > 0 ? await guides().listGuides({ id: guideIds }, { select: ["slug"], withDeleted: true }) : []
    return [cacheTags.guides, ...uniq(found.map((g) => g.slug)).map(cacheTags.guide)]
  }

  const productTags = async (productIdsToTag: string[]) => {
    if (productIdsToTag.length === 0) return []
    const { data } = await query.graph({ entity: "product", fields: ["handle"], filters: { id: productIdsToTag }, withDeleted: true })
    return uniq(data.map((p) => p.handle)).map(cacheTags.product)
  }

  const changed = CHANGE_EVENTS[eventName]
  if (!changed) return []
  // A link change that changed nothing names no guide and no product: nothing to refresh.
  if (changed === "guide-links") return ids.length === 0 ? [] : [...(await guideTags(ids)), ...(await productTags(productIds))]
  if (ids.length === 0) return [FALLBACK_TAG[changed]]

  switch (changed) {
    case "product":
      return [cacheTags.products, ...(await productTags(ids))]
    case "variant": {
      const { data } = await query.graph({ entity: "variants", fields: ["product.handle"], filters: { id: ids }, withDeleted: true })
      return [cacheTags.products, ...uniq(data.map((v) => v.product?.handle)).map(cacheTags.product)]
    }
    case "category": {
      const { data } = await query.graph({ entity: "product_category", fields: ["handle"], filters: { id: ids }, withDeleted: true })
      return [cacheTags.categories, ...uniq(data.map((c) => c.handle)).map(cacheTags.category)]
    }
    case "catalog":
      // A price or stock level belongs to a variant several lookups away; every product list and page refreshes.
      return [cacheTags.products]
    case "guide":
      return await guideTags(ids)
    case "guide-citation": {
      const citations = await guides().listGuideCitations({ id: ids }, { select: ["guide_id"], withDeleted: true })
      return await guideTags(uniq(citations.map((c) => c.guide_id)))
    }
    case "guide-author":
      // An author's byline is on every guide they wrote or reviewed.
      return [cacheTags.guides]
  }
}
