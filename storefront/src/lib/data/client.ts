import "server-only"
import Medusa from "@medusajs/js-sdk"
import { storefrontEnv } from "@/lib/env"

let sdk: Medusa | undefined

/** The one js-sdk instance, created on first use so the configuration is read at runtime, not at build. */
export function medusa(): Medusa {
  if (!sdk) {
    const { backendUrl, publishableKey } = storefrontEnv()
    sdk = new Medusa({ baseUrl: backendUrl, publishableKey })
  }
  return sdk
}

/** How long catalog responses stay in Next's data cache before a background refresh. */
export const CATALOG_REVALIDATE_SECONDS = 300

/** Cache tags, so a later webhook can call revalidateTag() when an admin edits the catalog. */
export const cacheTags = {
  regions: "regions",
  products: "products",
  product: (handle: string) => `product:${handle}`,
} as const
