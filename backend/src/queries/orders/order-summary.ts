import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { OrderAddress, OrderSummary } from "../../emails/templates/order"
import { DISCOUNT_KEY, RENEWS_KEY, requestedInterval } from "../../lib/subscriptions/subscription-line"

const FIELDS = [
  "id",
  "display_id",
  "email",
  "currency_code",
  "metadata",
  "item_subtotal",
  "shipping_subtotal",
  "discount_total",
  "tax_total",
  "total",
  "items.id",
  "items.product_title",
  "items.variant_title",
  "items.variant_id",
  "items.quantity",
  "items.subtotal",
  "items.metadata",
  "shipping_address.*",
  "shipping_methods.name",
  "customer.has_account",
  "payment_collections.payments.provider_id",
  "subscriptions.id",
  "subscriptions.variant_id",
  "subscriptions.interval_days",
  "subscriptions.next_delivery_at",
]

type LoadedSubscription = { id: string; variant_id: string; interval_days: number; next_delivery_at: Date | string }

export interface LoadedOrder {
  summary: OrderSummary
  email: string | null
  has_account: boolean
  /** Set on orders a renewal placed. */
  renewal_of: string | null
  payment_provider_ids: string[]
}

/** An order as its emails describe it: lines with any subscription they started or renewed, totals, address. */
export async function loadOrderSummary(container: MedusaContainer, orderId: string): Promise<LoadedOrder | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: FIELDS, filters: { id: orderId } })
  const order = data[0] as unknown as RawOrder | undefined
  if (!order) return null

  const subscriptions = (order.subscriptions ?? []).filter(Boolean) as LoadedSubscription[]
  const items = (order.items ?? []).filter((item): item is RawItem => Boolean(item))
  const lines = items.map((item) => {
    const interval = requestedInterval(item.metadata)
    // A renewal line names its subscription; a checkout line started the one with its variant and rhythm.
    const sub =
      interval === null
        ? undefined
        : (subscriptions.find((s) => s.id === item.metadata?.[RENEWS_KEY]) ??
          subscriptions.find((s) => s.variant_id === item.variant_id && s.interval_days === interval))
    return {
      title: [item.product_title, item.variant_title].filter(Boolean).join(" — "),
      quantity: Number(item.quantity),
      subtotal: Number(item.subtotal),
      subscription:
        interval === null
          ? null
          : {
              interval_days: interval,
              discount_percent: Number(item.metadata?.[DISCOUNT_KEY] ?? 0),
              next_charge_at: sub?.next_delivery_at ?? null,
            },
    }
  })
  const metadata = (order.metadata ?? {}) as Record<string, unknown>
  return {
    summary: {
      id: order.id,
      display_id: order.display_id,
      currency_code: order.currency_code,
      lines,
      item_subtotal: Number(order.item_subtotal),
      shipping_subtotal: Number(order.shipping_subtotal),
      discount_total: Number(order.discount_total),
      tax_total: Number(order.tax_total),
      total: Number(order.total),
      shipping_address: order.shipping_address ?? null,
      shipping_method: order.shipping_methods?.[0]?.name ?? null,
    },
    email: order.email ?? null,
    has_account: Boolean(order.customer?.has_account),
    renewal_of: typeof metadata.subscription_renewal_id === "string" ? metadata.subscription_renewal_id : null,
    payment_provider_ids: (order.payment_collections ?? []).flatMap((c) => (c?.payments ?? []).map((p) => p.provider_id)),
  }
}

interface RawOrder {
  id: string
  display_id: number
  email?: string | null
  currency_code: string
  metadata?: Record<string, unknown> | null
  item_subtotal: unknown
  shipping_subtotal: unknown
  discount_total: unknown
  tax_total: unknown
  total: unknown
  items?: (RawItem | null)[]
  shipping_address?: OrderAddress | null
  shipping_methods?: ({ name: string } | null)[]
  customer?: { has_account?: boolean } | null
  payment_collections?: ({ payments?: { provider_id: string }[] } | null)[]
  subscriptions?: (LoadedSubscription | null)[]
}

interface RawItem {
  product_title?: string | null
  variant_title?: string | null
  variant_id?: string | null
  quantity: unknown
  subtotal: unknown
  metadata?: Record<string, unknown> | null
}
