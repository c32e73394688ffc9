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

/** What a product or category handle, or a guide slug, can look like; anything else is a 404 without a request. */
export const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** How long catalog responses stay in Next's data cache before a background refresh. */
export const CATALOG_REVALIDATE_SECONDS = 300

/** Cache tags of everything shared between visitors; the backend names them when an admin changes something. */
export { cacheTags } from "@biome/shared"
