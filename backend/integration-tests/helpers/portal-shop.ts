import type { AxiosInstance } from "axios"
import type { MedusaContainer } from "@medusajs/framework/types"
import { checkout, registerCustomer, variantId, type Shopper } from "./customers"
import { failedResponse, seedCatalog, storeHeaders } from "./seeded-shop"
import { subscriptionService } from "./subscriptions"

export const PORTAL = "/store/customers/me/subscriptions"
export const DAY = 86_400_000

export interface PortalShop {
  key: string
  alice: Shopper
  bob: Shopper
  /** Alice: Daily Balance, 30 capsules, 1 every 30 days. */
  daily: string
  /** Alice: Gut Restore 50, 60 capsules, 2 every 60 days. */
  gut: string
  /** Bob: Daily Balance, 30 capsules, every 60 days. */
  bobs: string
  variants: { daily30: string; daily60: string; gut60: string; kids30: string }
}

/** The portal specs' shop: Alice with two subscriptions and Bob with one, each from its own checkout. */
export async function checkOutPortalShop(api: AxiosInstance, container: MedusaContainer): Promise<PortalShop> {
  const key = await seedCatalog(container)
  const { data } = await api.get("/store/regions", storeHeaders(key))
  const regionId = data.regions.find((r: { currency_code: string }) => r.currency_code === "usd").id
  const variants = {
    daily30: await variantId(api, key, "daily-balance-probiotic", "30 capsules"),
    daily60: await variantId(api, key, "daily-balance-probiotic", "60 capsules"),
    gut60: await variantId(api, key, "gut-restore-50", "60 capsules"),
    kids30: await variantId(api, key, "kids-berry-chewables", "30 chewables"),
  }
  const alice = await registerCustomer(api, key, "alice.portal@example.com")
  const bob = await registerCustomer(api, key, "bob.portal@example.com")
  // Two checkouts: one order per subscription.
  await checkout(api, alice.headers, {
    region_id: regionId,
    email: alice.email,
    lines: [{ variant_id: variants.daily30, quantity: 1, interval_days: 30 }],
  })
  await checkout(api, alice.headers, {
    region_id: regionId,
    email: alice.email,
    lines: [{ variant_id: variants.gut60, quantity: 2, interval_days: 60 }],
  })
  await checkout(api, bob.headers, {
    region_id: regionId,
    email: bob.email,
    lines: [{ variant_id: variants.daily30, quantity: 1, interval_days: 60 }],
  })
  const subs = await subscriptionService(container).listSubscriptions({})
  return {
    key,
    alice,
    bob,
    daily: subs.find((s) => s.customer_id === alice.id && s.variant_id === variants.daily30)!.id,
    gut: subs.find((s) => s.customer_id === alice.id && s.variant_id === variants.gut60)!.id,
    bobs: subs.find((s) => s.customer_id === bob.id)!.id,
    variants,
  }
}

/** A shopper's view of the portal, and the stored subscription behind it. */
export function portalClient(api: AxiosInstance, getContainer: () => MedusaContainer) {
  return {
    as: (shopper: Shopper) => ({
      get: (path = "") => api.get(`${PORTAL}${path}`, shopper.headers),
      post: (path: string, body: unknown = {}) => api.post(`${PORTAL}${path}`, body, shopper.headers),
    }),
    stored: (id: string) => subscriptionService(getContainer()).retrieveSubscription(id),
    setStored: (id: string, data: Record<string, unknown>) => subscriptionService(getContainer()).updateSubscriptions({ id, ...data }),
    refused: (request: Promise<unknown>) => failedResponse(request),
  }
}
