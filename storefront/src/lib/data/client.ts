import "server-only"
import Medusa from "@medusajs/js-sdk"
import { storefrontEnv } from "@/lib/env"

let sdk: Medusa | undefined

/**
 * The one js-sdk instance, created on first use so the configuration is read at runtime, not at build.
 * It is shared by every visitor, so it never stores a token: customer calls pass their own header.
 */
export function medusa(): Medusa {
  if (!sdk) {
    const { backendUrl, publishableKey } = storefrontEnv()
    sdk = new Medusa({ baseUrl: backendUrl, publishableKey, auth: { type: "jwt", jwtTokenStorageMethod: "nostore" } })
  }
  return sdk
}

/** How long catalog responses stay in Next's data cache before a background refresh. */
export const CATALOG_REVALIDATE_SECONDS = 300

/**
 * Cache tags of everything shared between visitors. The backend POSTs them to /api/revalidate when an
 * admin edits the catalog or a guide, so the change shows on the next visit.
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
