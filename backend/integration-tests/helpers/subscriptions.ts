import type { AxiosInstance } from "axios"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { SUBSCRIPTION_MODULE } from "../../src/modules/subscription"
import type SubscriptionModuleService from "../../src/modules/subscription/service"
import type { SubscriptionDTO } from "../../src/modules/subscription/types"
import { checkout, registerCustomer, variantId, type Shopper } from "./customers"

export const subscriptionService = (container: MedusaContainer) => container.resolve<SubscriptionModuleService>(SUBSCRIPTION_MODULE)

/** A registered customer who subscribed at checkout to one product, with the resulting subscription. */
export async function subscribedCustomer(
  api: AxiosInstance,
  container: MedusaContainer,
  opts: { key: string; regionId: string; email: string; handle?: string; size?: string; interval?: number; quantity?: number }
): Promise<{ shopper: Shopper; subscription: SubscriptionDTO; orderId: string }> {
  const shopper = await registerCustomer(api, opts.key, opts.email)
  const variant = await variantId(api, opts.key, opts.handle ?? "daily-balance-probiotic", opts.size ?? "30 capsules")
  const { completion } = await checkout(api, shopper.headers, {
    region_id: opts.regionId,
    email: shopper.email,
    lines: [{ variant_id: variant, quantity: opts.quantity ?? 1, interval_days: opts.interval ?? 60 }],
  })
  const [subscription] = await subscriptionService(container).listSubscriptions({ customer_id: shopper.id })
  return { shopper, subscription: subscription!, orderId: completion.order.id }
}

/** Copies a subscription n times (same customer, variant, address and payment), for volume tests. */
export async function cloneSubscription(
  container: MedusaContainer,
  source: SubscriptionDTO,
  n: number,
  overrides: Partial<SubscriptionDTO> = {}
) {
  const {
    id: _id,
    created_at: _c,
    updated_at: _u,
    deleted_at: _d,
    renewals: _r,
    ...fields
  } = source as SubscriptionDTO & {
    created_at: unknown
    updated_at: unknown
    deleted_at: unknown
  }
  return subscriptionService(container).createSubscriptions(
    Array.from({ length: n }, () => ({ ...fields, ...overrides })) as never
  ) as unknown as Promise<SubscriptionDTO[]>
}

/** Orders linked to a subscription, oldest first. */
export async function ordersOf(container: MedusaContainer, subscriptionId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "subscription",
    fields: ["orders.id", "orders.created_at", "orders.items.*", "orders.total", "orders.shipping_address.*"],
    filters: { id: subscriptionId },
  })
  const orders = ((data[0] as { orders?: { id: string; created_at: string }[] })?.orders ?? []) as any[]
  return orders.sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
}

/** Sets a variant's stocked quantity at every location, as an admin would in the inventory screen. */
export async function setStock(container: MedusaContainer, variantId: string, stocked: number) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["inventory_items.inventory.location_levels.inventory_item_id", "inventory_items.inventory.location_levels.location_id"],
    filters: { id: variantId },
  })
  const levels = (data[0] as any).inventory_items.flatMap((i: any) => i.inventory.location_levels)
  const inventory = container.resolve(Modules.INVENTORY)
  await inventory.updateInventoryLevels(
    levels.map((l: { inventory_item_id: string; location_id: string }) => ({
      inventory_item_id: l.inventory_item_id,
      location_id: l.location_id,
      stocked_quantity: stocked,
    }))
  )
}

export const daysFrom = (date: Date | string, days: number) => new Date(new Date(date).getTime() + days * 86_400_000)

/** Polls until `check` passes: subscription emails go out from an event subscriber, after the renewal returned. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 10_000): Promise<T> {
  const end = Date.now() + timeoutMs
  for (;;) {
    try {
      return await check()
    } catch (e) {
      if (Date.now() > end) throw e
      await new Promise((r) => setTimeout(r, 100))
    }
  }
}
