import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { SUBSCRIPTION_MODULE } from "../modules/subscription"
import type SubscriptionModuleService from "../modules/subscription/service"
import type { SubscriptionDTO } from "../modules/subscription/types"
import { SUBSCRIPTION_STATE_CONFLICT } from "../lib/subscriptions/subscription-rules"
import { placeRenewalOrderWorkflow } from "../workflows/subscriptions/place-renewal-order"
import { EXTRA_OF_KEY, EXTRAS_KEY, nextDeliveryExtras, type NextDeliveryExtra } from "../workflows/subscriptions/steps/load-renewal-line"
import { RenewalStepError } from "./renewal-failures"
import { renewalDelivery } from "./renewal-quote"

// The renewal's order: placing it, finding one an earlier attempt left, and what it delivered.

/**
 * Lock time-outs (Redis locking answers CONFLICT) and PostgreSQL's serialization failures, deadlocks and lock
 * refusals: conflicts that pass with the next run, known by their type and SQLSTATE rather than their wording.
 */
const RETRYABLE_SQLSTATES = new Set(["40001", "40P01", "55P03"])
export function isConflict(e: unknown): boolean {
  const err = e as { type?: string; code?: string } | null
  // A refused action (renewing a cancelled subscription) is a CONFLICT too, but for the caller to answer.
  if (err?.code === SUBSCRIPTION_STATE_CONFLICT) return false
  return err?.type === MedusaError.Types.CONFLICT || RETRYABLE_SQLSTATES.has(String(err?.code))
}

/** Places the renewal order (stock reserved, payment authorised) for the customer's current address. */
export async function placeRenewalOrder(
  container: MedusaContainer,
  sub: SubscriptionDTO,
  renewalId: string,
  periodKey: string,
  extras: NextDeliveryExtra[]
) {
  const { shipping_option_id, address: shippingAddress } = await renewalDelivery(container, sub)
  // Run without throwing, to learn which step failed: that, not the error's wording, says out of stock or declined.
  const { result, errors } = await placeRenewalOrderWorkflow(container).run({
    throwOnError: false,
    input: {
      renewal_id: renewalId,
      period_key: periodKey,
      subscription: { ...sub, shipping_option_id },
      shipping_address: shippingAddress,
      payment_data: offSessionPaymentData(sub),
      extras,
    },
  })
  const [failure] = errors ?? []
  if (failure) {
    const cause = failure.error as { type?: string; code?: string; message?: string }
    // A conflict (a lock, a serialization failure) keeps its own type: the caller retries it on the next run.
    if (isConflict(cause)) throw cause
    throw new RenewalStepError(failure.action, cause)
  }
  return result
}

/**
 * The subscription's metadata once the products added to this delivery went out with the order: those the
 * order carries are taken off the list (one added after a crashed attempt placed its order waits for the next).
 */
export async function extrasDelivered(container: MedusaContainer, sub: SubscriptionDTO, orderId: string) {
  const extras = nextDeliveryExtras(sub.metadata)
  if (!extras.length) return {}
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["items.variant_id", "items.metadata"],
    filters: { id: orderId },
  })
  const items = ((data[0] as { items?: { variant_id: string; metadata: Record<string, unknown> | null }[] })?.items ?? []).filter(Boolean)
  const delivered = new Set(items.filter((i) => i.metadata?.[EXTRA_OF_KEY] === sub.id).map((i) => i.variant_id))
  return { metadata: { ...(sub.metadata ?? {}), [EXTRAS_KEY]: extras.filter((e) => !delivered.has(e.variant_id)) } }
}

/** Stripe charges the card saved at checkout without the customer present; the system provider needs nothing. */
function offSessionPaymentData(sub: SubscriptionDTO): Record<string, unknown> {
  const saved = (sub.payment_data ?? {}) as { payment_method?: string }
  if (!saved.payment_method) return {}
  return { payment_method: saved.payment_method, off_session: true, confirm: true, capture_method: "manual" }
}

/** Payment states that mean the renewal order was paid for (authorised, or captured since). */
const PAID_COLLECTION_STATUSES = new Set(["authorized", "partially_authorized", "completed", "partially_captured"])

/**
 * Orders earlier attempts of this period placed (found by the period key on the order, so also one a crash
 * left before the attempt noted it): returns a paid one to be recorded; cancels unpaid ones, which releases
 * their stock and payment, so the caller places a new order.
 */
export async function settleEarlierOrders(container: MedusaContainer, periodKey: string, renewalId: string) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const rows: { id: string }[] = await pg("order")
    .select("id")
    .whereNull("deleted_at")
    .where((q) =>
      q
        .whereRaw("metadata->>'subscription_period_key' = ?", [periodKey])
        .orWhereRaw("metadata->>'subscription_renewal_id' = ?", [renewalId])
    )
    .orderBy("created_at", "asc")
  if (!rows.length) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "status", "payment_collections.status"],
    filters: { id: rows.map((r) => r.id) },
  })
  const orders = data as unknown as { id: string; display_id: number; status: string; payment_collections?: { status: string }[] | null }[]
  const paid = orders.find(
    (o) => o.status !== "canceled" && (o.payment_collections ?? []).some((c) => PAID_COLLECTION_STATUSES.has(c?.status))
  )
  for (const o of orders) {
    if (o === paid || o.status === "canceled") continue
    await cancelOrderWorkflow(container).run({ input: { order_id: o.id } })
  }
  await container
    .resolve<SubscriptionModuleService>(SUBSCRIPTION_MODULE)
    .updateSubscriptionRenewals({ id: renewalId, order_id: paid?.id ?? null })
  return paid ? { id: paid.id, display_id: paid.display_id } : null
}

export async function productTitle(container: MedusaContainer, productId: string): Promise<string> {
  const products = container.resolve(Modules.PRODUCT)
  const [product] = await products.listProducts({ id: productId }, { select: ["title"], take: 1 })
  return product?.title ?? "subscription"
}
