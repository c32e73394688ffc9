import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { renewalPeriodKey } from "@biome/shared"
import { INVENTORY_ALERT_MODULE } from "../../src/modules/inventory-alert"
import type InventoryAlertModuleService from "../../src/modules/inventory-alert/service"
import { subscriptionService } from "./subscriptions"

export const DAY = 86_400_000
export const inventoryAlerts = (container: MedusaContainer) => container.resolve<InventoryAlertModuleService>(INVENTORY_ALERT_MODULE)

/** What planned subscriptions share: the seeded US region, the Webshop channel and a customer of record. */
export interface ShopBasics {
  region_id: string
  sales_channel_id: string
  customer_id: string
  email: string
  variants: Record<string, { id: string; product_id: string }>
}

/** Region, channel and variants (by SKU) of the seeded shop, and one customer to own planned subscriptions. */
export async function shopBasics(container: MedusaContainer, email = "planner@example.com"): Promise<ShopBasics> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: regions }, { data: channels }, { data: variants }] = await Promise.all([
    query.graph({ entity: "region", fields: ["id"], filters: { currency_code: "usd" } }),
    query.graph({ entity: "sales_channel", fields: ["id"], filters: { name: "Webshop" } }),
    query.graph({ entity: "product_variant", fields: ["id", "sku", "product_id"] }),
  ])
  const customer = await container
    .resolve(Modules.CUSTOMER)
    .createCustomers({ email, first_name: "Plan", last_name: "Ahead", has_account: true })
  return {
    region_id: regions[0]!.id,
    sales_channel_id: channels[0]!.id,
    customer_id: customer.id,
    email,
    variants: Object.fromEntries(variants.map((v) => [v.sku!, { id: v.id, product_id: v.product_id! }])),
  }
}

export interface Plan {
  quantity: number
  interval_days: number
  /** Next delivery, in days from `now` (negative: overdue). */
  next_in_days: number
  status?: "active" | "paused" | "past_due" | "cancelled"
}

/** Subscriptions written straight through the subscription module, for forecasts and alerts without checkouts. */
export async function planSubscriptions(container: MedusaContainer, shop: ShopBasics, sku: string, now: Date, plans: Plan[]) {
  const variant = shop.variants[sku]!
  return await subscriptionService(container).createSubscriptions(
    plans.map((plan) => ({
      customer_id: shop.customer_id,
      email: shop.email,
      product_id: variant.product_id,
      variant_id: variant.id,
      quantity: plan.quantity,
      interval_days: plan.interval_days,
      discount_percent: 15,
      currency_code: "usd",
      region_id: shop.region_id,
      sales_channel_id: shop.sales_channel_id,
      payment_provider_id: "pp_system_default",
      next_delivery_at: new Date(now.getTime() + plan.next_in_days * DAY),
      status: plan.status ?? "active",
    }))
  )
}

/** Records that a subscription's last renewal found no stock, as a failed renewal does. */
export async function recordStockFailure(container: MedusaContainer, subscriptionId: string, scheduledFor: Date) {
  await subscriptionService(container).createSubscriptionRenewals({
    subscription_id: subscriptionId,
    period_key: renewalPeriodKey(subscriptionId, scheduledFor),
    scheduled_for: scheduledFor,
    attempt: 1,
    trigger: "schedule",
    status: "failed",
    failure_code: "out_of_stock",
    failure_reason: "the product is out of stock",
  })
}

/** Emails sent with a template, optionally to one address. */
export async function emailsSent(container: MedusaContainer, template: string, to?: string) {
  return await container.resolve(Modules.NOTIFICATION).listNotifications({ template, ...(to ? { to } : {}) })
}

/** Polls until `check` returns something truthy: subscribers run after the request that triggered them returns. */
export async function eventually<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const result = await check()
    if (result) return result
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** Gives subscribers time to react to the last change, before checking that they did NOT do something. */
export const settle = (ms = 2_500) => new Promise((resolve) => setTimeout(resolve, ms))
