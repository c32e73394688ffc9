import "server-only"
import Medusa from "@medusajs/js-sdk"
import { storefrontEnv } from "@/lib/env"

let sdk: Medusa | undefined
let uncachedSdk: Medusa | undefined

const createSdk = () => {
  const { backendUrl, publishableKey } = storefrontEnv()
  return new Medusa({ baseUrl: backendUrl, publishableKey, auth: { type: "jwt", jwtTokenStorageMethod: "nostore" } })
}

/**
 * The js-sdk instance for catalog reads, created on first use so the configuration is read at runtime, not at
 * build. It is shared by every visitor, so it never stores a token: customer calls pass their own header.
 */
export function medusa(): Medusa {
  sdk ??= createSdk()
  return sdk
}

/**
 * The js-sdk instance for a visitor's own things (cart, account, subscriptions): every request it makes is
 * `cache: "no-store"`, which the typed sdk.store.* methods cannot pass themselves, so nothing per-visitor
 * lands in Next's shared data cache.
 */
export function uncachedMedusa(): Medusa {
  if (!uncachedSdk) {
    const instance = createSdk()
    const fetch = instance.client.fetch.bind(instance.client)
    instance.client.fetch = ((input, init) => fetch(input, { ...init, cache: "no-store" })) as typeof instance.client.fetch
    uncachedSdk = instance
  }
  return uncachedSdk
}

/** What a product or category handle, or a guide slug, can look like; anything else is a 404 without a request. */
export const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** How long catalog responses stay in Next's data cache before a background refresh. */
export const CATALOG_REVALIDATE_SECONDS = 300

/** Cache tags of everything shared between visitors; the backend names them when an admin changes something. */
export { cacheTags } from "@biome/shared"
