import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { firstDeliveryDate } from "@biome/shared"
import { SUBSCRIPTION_MODULE } from "../../modules/subscription"
import type SubscriptionModuleService from "../../modules/subscription/service"
import { activityEntry, customerActor, recordActivityAfterCommit } from "./activity"
import { DISCOUNT_KEY, requestedInterval } from "./subscription-line"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "customer_id",
  "email",
  "currency_code",
  "region_id",
  "sales_channel_id",
  "created_at",
  "items.*",
  "shipping_address.*",
  "shipping_methods.shipping_option_id",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.data",
]

/** Creates a subscription for every subscribed line of a freshly placed order and links each to it. */
export async function createSubscriptionsFromOrder(container: MedusaContainer, orderId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderId } })
  const order = orders[0]
  if (!order) return []
  // Only checkout orders come here: renewal orders are placed without a cart, and checkout refuses renewal lines.
  const lines = (order.items ?? []).filter((item) => item && requestedInterval(item.metadata) !== null)
  if (!lines.length) return []

  const payment = order.payment_collections?.[0]?.payments?.[0]
  const placedAt = new Date(order.created_at as unknown as string)
  const shippingAddress = order.shipping_address ? stripAddressIds(order.shipping_address) : null
  const subscriptions = container.resolve<SubscriptionModuleService>(SUBSCRIPTION_MODULE)
  const created = await subscriptions.createSubscriptions(
    lines.map((item) => {
      const interval = requestedInterval(item!.metadata)!
      return {
        customer_id: order.customer_id!,
        email: order.email!,
        product_id: item!.product_id!,
        variant_id: item!.variant_id!,
        quantity: Number(item!.quantity),
        interval_days: interval,
        discount_percent: Number(item!.metadata?.[DISCOUNT_KEY] ?? 0),
        currency_code: order.currency_code,
        region_id: order.region_id!,
        sales_channel_id: order.sales_channel_id ?? null,
        shipping_option_id: order.shipping_methods?.[0]?.shipping_option_id ?? null,
        shipping_address: shippingAddress,
        payment_provider_id: payment?.provider_id ?? "pp_system_default",
        payment_data: offSessionData(payment?.data),
        next_delivery_at: firstDeliveryDate(placedAt, interval),
        status: "active" as const,
      }
    })
  )
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create(created.map((s) => ({ [SUBSCRIPTION_MODULE]: { subscription_id: s.id }, [Modules.ORDER]: { order_id: orderId } })))
  const details = (s: { interval_days: number; quantity: number }) => ({
    order_id: orderId,
    order_display_id: order.display_id ?? null,
    to: s.interval_days,
    quantity: s.quantity,
  })
  await recordActivityAfterCommit(
    container,
    created.map((s) => activityEntry(s.id, customerActor(order.customer_id!), "created", details(s)))
  )
  return created.map((s) => s.id)
}

export async function deleteSubscriptions(container: MedusaContainer, ids: string[]) {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.delete({ [SUBSCRIPTION_MODULE]: { subscription_id: ids } })
  const service = container.resolve<SubscriptionModuleService>(SUBSCRIPTION_MODULE)
  const activity = await service.listSubscriptionActivities({ subscription_id: ids }, { select: ["id"] })
  if (activity.length) await service.deleteSubscriptionActivities(activity.map((a) => a.id))
  await service.deleteSubscriptions(ids)
}

/** Keeps what a renewal needs to charge without the customer present: Stripe's saved payment method. */
function offSessionData(data: unknown): Record<string, unknown> | null {
  const d = (data ?? {}) as { payment_method?: string | { id?: string }; customer?: string }
  const paymentMethod = typeof d.payment_method === "string" ? d.payment_method : d.payment_method?.id
  return paymentMethod ? { payment_method: paymentMethod, customer: d.customer ?? null } : null
}

function stripAddressIds(address: Record<string, unknown>) {
  const { id: _id, created_at: _c, updated_at: _u, deleted_at: _d, ...rest } = address
  return rest
}
