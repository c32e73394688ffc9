import type { AxiosInstance } from "axios"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedCatalog, storeHeaders } from "./seeded-shop"
import { subscribedCustomer } from "./subscriptions"

export const usd = (amount: number) => new Intl.NumberFormat("en-US", { style: "currency", currency: "usd" }).format(amount)

/**
 * The renewal specs' shop: the catalog seeded once, the US region found before each test, and `subscribe`
 * for a customer with a fresh subscription. Call it inside the runner's testSuite.
 */
export function renewalShop(api: AxiosInstance, getContainer: () => MedusaContainer) {
  const shop = { key: "", regionId: "" }
  beforeAll(async () => {
    shop.key = await seedCatalog(getContainer())
  })
  beforeEach(async () => {
    const { data } = await api.get("/store/regions", storeHeaders(shop.key))
    shop.regionId = data.regions.find((r: { currency_code: string }) => r.currency_code === "usd").id
  })
  const subscribe = (email: string, extra: { interval?: number; handle?: string; size?: string } = {}) =>
    subscribedCustomer(api, getContainer(), { key: shop.key, regionId: shop.regionId, email, ...extra })
  return { shop, subscribe }
}

export async function orderDetails(container: MedusaContainer, orderId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: [
      "status",
      "email",
      "customer_id",
      "total",
      "items.id",
      "items.metadata",
      "shipping_methods.name",
      "shipping_methods.amount",
      "payment_collections.status",
      "payment_collections.amount",
      "payment_collections.payments.amount",
    ],
    filters: { id: orderId },
  })
  return data[0] as any
}

/** Units of a variant held by reservations, over all its locations. */
export async function reservedUnits(container: MedusaContainer, variantId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["inventory_items.inventory.location_levels.reserved_quantity"],
    filters: { id: variantId },
  })
  const levels = (data[0] as any).inventory_items.flatMap((i: any) => i.inventory.location_levels)
  return levels.reduce((sum: number, l: { reserved_quantity: number }) => sum + Number(l.reserved_quantity), 0)
}
