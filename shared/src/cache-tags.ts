/**
 * The storefront's cache tags. Lists carry "products", "categories" or "guides"; a page also carries its own
 * "product:<handle>", "category:<handle>" or "guide:<slug>". The storefront tags what it fetches with them,
 * and the backend names them when it asks the storefront (POST /api/revalidate) to refresh after a change.
 */
export const cacheTags = {
  regions: "regions",
  products: "products",
  product: (handle: string) => `product:${handle}`,
  categories: "categories",
  category: (handle: string) => `category:${handle}`,
  guides: "guides",
  guide: (slug: string) => `guide:${slug}`,
} as const

/** The most tags one POST /api/revalidate takes; the backend sends a larger batch in chunks of this size. */
export const REVALIDATE_MAX_TAGS = 100
