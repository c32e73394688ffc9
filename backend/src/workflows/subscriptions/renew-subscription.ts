import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { addDays, checkTransition, renewalPeriodKey } from "@biome/shared"
import { SUBSCRIPTION_MODULE } from "../../modules/subscription"
import type SubscriptionModuleService from "../../modules/subscription/service"
import type { RenewalTrigger, SubscriptionDTO } from "../../modules/subscription/types"
import { deliveryAddressSource } from "./delivery-address"
import { completeRenewalWorkflow, recordRenewalFailureWorkflow } from "./renewal-outcome-workflows"
import { assertActionAllowed, subscriptionLockKey } from "./subscription-rules"
import { placeRenewalOrderWorkflow } from "./place-renewal-order"

export type RenewalOutcome = "renewed" | "already_renewed" | "failed" | "skipped"
export interface RenewalResult {
  outcome: RenewalOutcome
  order_id?: string
  reason?: string
}

/** How long a second renewer waits for the lock before it leaves the subscription to the first. */
const LOCK_WAIT_SECONDS = 1

/**
 * Renews one subscription period exactly once. A lock per subscription keeps two workers (or a job and an
 * admin) from renewing it at the same time; the period key keeps a retry after a crash from charging twice.
 * The order, its payment and its stock go through the steps Medusa's checkout completion uses, so a renewal is
 * an ordinary order; it is built without a cart, which would be made only to be thrown away.
 */
export async function renewSubscription(
  container: MedusaContainer,
  input: { subscription_id: string; trigger: RenewalTrigger; now?: Date }
): Promise<RenewalResult> {
  const locking = container.resolve(Modules.LOCKING)
  try {
    return await locking.execute(
      subscriptionLockKey(input.subscription_id),
      () => renewLocked(container, { ...input, now: input.now ?? new Date() }),
      { timeout: LOCK_WAIT_SECONDS }
    )
  } catch (e) {
    if (/timed.?out|lock/i.test((e as Error).message ?? "")) {
      return { outcome: "skipped", reason: "another process is renewing this subscription" }
    }
    throw e
  }
}

/** Admin "renew now": renews the upcoming period immediately, through the same path as the scheduled job. */
export async function renewSubscriptionNow(container: MedusaContainer, subscriptionId: string): Promise<RenewalResult> {
  return renewSubscription(container, { subscription_id: subscriptionId, trigger: "admin" })
}

async function renewLocked(
  container: MedusaContainer,
  input: { subscription_id: string; trigger: RenewalTrigger; now: Date }
): Promise<RenewalResult> {
  const service = container.resolve<SubscriptionModuleService>(SUBSCRIPTION_MODULE)
  const sub = await service.retrieveSubscription(input.subscription_id).catch(() => null)
  if (!sub) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Subscription with id ${input.subscription_id} was not found`)
  }
  if (input.trigger === "admin") assertActionAllowed(sub.status, "renew")
  const allowed = checkTransition(sub.status, "renew")
  if (!allowed.ok) return { outcome: "skipped", reason: allowed.reason }
  if (input.trigger !== "admin" && !isDue(sub, input.now)) {
    return { outcome: "skipped", reason: "not due" }
  }

  const scheduledFor = new Date(sub.next_delivery_at)
  const claim = await service.claimRenewalPeriod({
    subscription_id: sub.id,
    period_key: renewalPeriodKey(sub.id, scheduledFor),
    scheduled_for: scheduledFor,
    trigger: input.trigger === "admin" ? "admin" : sub.status === "past_due" ? "retry" : "schedule",
  })
  const recipient = { id: sub.id, email: sub.email, product_title: await productTitle(container, sub.product_id) }

  if (claim.state === "already_renewed") {
    return { outcome: "already_renewed", order_id: claim.renewal.order_id ?? undefined }
  }
  // A crash after the order was paid for but before it was recorded: finish recording, do not order again.
  let order: { id: string; display_id: number } | null =
    claim.state === "resumed" ? await paidOrderOfAttempt(container, claim.renewal) : null
  if (!order) {
    try {
      order = await placeRenewalOrder(container, sub, claim.renewal.id)
    } catch (e) {
      if (isTransient(e)) {
        // Busy infrastructure is not the customer's problem: close this attempt and let the next run retry.
        await service.updateSubscriptionRenewals({
          id: claim.renewal.id,
          status: "failed",
          failure_code: "busy",
          failure_reason: (e as Error).message.slice(0, 200),
        })
        return { outcome: "skipped", reason: "the shop was busy; the next run retries" }
      }
      const failure = classifyFailure(e)
      await recordRenewalFailureWorkflow(container).run({
        input: { renewal_id: claim.renewal.id, subscription_id: sub.id, ...failure, failed_at: input.now, recipient },
      })
      return { outcome: "failed", reason: failure.failure_reason }
    }
  }
  await completeRenewalWorkflow(container).run({
    input: {
      renewal_id: claim.renewal.id,
      subscription_id: sub.id,
      order_id: order.id,
      order_display_id: order.display_id,
      next_delivery_at: nextDeliveryFrom(scheduledFor, sub.interval_days, input.now),
      recipient,
    },
  })
  return { outcome: "renewed", order_id: order.id }
}

function isDue(sub: SubscriptionDTO, now: Date): boolean {
  if (sub.status === "past_due") return !!sub.next_retry_at && new Date(sub.next_retry_at) <= now
  return new Date(sub.next_delivery_at) <= now
}

/** Keeps the delivery rhythm, but never schedules the next delivery in the past after a late renewal. */
function nextDeliveryFrom(scheduledFor: Date, intervalDays: number, now: Date): Date {
  const next = addDays(scheduledFor, intervalDays)
  return next > now ? next : addDays(now, intervalDays)
}

/** Places the renewal order (stock reserved, payment authorised) for the customer's current address. */
async function placeRenewalOrder(container: MedusaContainer, sub: SubscriptionDTO, renewalId: string) {
  if (!sub.shipping_option_id) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The subscription has no shipping option to deliver with")
  }
  const shippingAddress = await shippingAddressFor(container, sub)
  if (!shippingAddress?.country_code) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The customer has no shipping address to deliver to")
  }
  const { result } = await placeRenewalOrderWorkflow(container).run({
    input: {
      renewal_id: renewalId,
      subscription: { ...sub, shipping_option_id: sub.shipping_option_id },
      shipping_address: shippingAddress,
      payment_data: offSessionPaymentData(sub),
    },
  })
  return result
}

/** Stripe charges the card saved at checkout without the customer present; the system provider needs nothing. */
function offSessionPaymentData(sub: SubscriptionDTO): Record<string, unknown> {
  const saved = (sub.payment_data ?? {}) as { payment_method?: string }
  if (!saved.payment_method) return {}
  return { payment_method: saved.payment_method, off_session: true, confirm: true, capture_method: "manual" }
}

/** The address chosen for the subscription, else the customer's default shipping address, else the first order's. */
async function shippingAddressFor(container: MedusaContainer, sub: SubscriptionDTO) {
  const customers = container.resolve(Modules.CUSTOMER)
  const [address] = await customers.listCustomerAddresses(
    { customer_id: sub.customer_id, is_default_shipping: true },
    { take: 1 }
  )
  const source = deliveryAddressSource(sub, address as unknown as Record<string, unknown> | undefined)
  if (!source) return undefined
  const fields = ["first_name", "last_name", "company", "address_1", "address_2", "city", "province", "postal_code", "country_code", "phone"]
  return Object.fromEntries(fields.filter((f) => source[f] != null).map((f) => [f, source[f]]))
}

/** Payment states that mean the renewal order was paid for (authorised, or captured since). */
const PAID_COLLECTION_STATUSES = new Set(["authorized", "partially_authorized", "completed", "partially_captured"])

/**
 * The order an interrupted attempt placed, when its payment went through: the next run only records it. An
 * order the crash left unpaid is cancelled (releasing its stock) and the attempt places a new one.
 */
async function paidOrderOfAttempt(container: MedusaContainer, renewal: { id: string; order_id: string | null }) {
  if (!renewal.order_id) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "status", "payment_collections.status"],
    filters: { id: renewal.order_id },
  })
  const order = data[0] as { id: string; display_id: number; status: string; payment_collections?: { status: string }[] | null } | undefined
  if (!order) return null
  if ((order.payment_collections ?? []).some((c) => PAID_COLLECTION_STATUSES.has(c?.status))) return order
  if (order.status !== "canceled") await cancelOrderWorkflow(container).run({ input: { order_id: order.id } })
  await container.resolve<SubscriptionModuleService>(SUBSCRIPTION_MODULE).updateSubscriptionRenewals({ id: renewal.id, order_id: null })
  return null
}

async function productTitle(container: MedusaContainer, productId: string): Promise<string> {
  const products = container.resolve(Modules.PRODUCT)
  const [product] = await products.listProducts({ id: productId }, { select: ["title"], take: 1 })
  return product?.title ?? "subscription"
}

/** Lock time-outs under load (stock reservations of a popular variant queue up) pass with the next run. */
function isTransient(e: unknown): boolean {
  return /timed.?out acquiring lock|could not acquire lock/i.test((e as Error)?.message ?? "")
}

/** Sorts a failed renewal into what the customer and the admins need to know. */
function classifyFailure(e: unknown): { failure_code: "payment_failed" | "out_of_stock" | "error"; failure_reason: string } {
  const message = (e as Error)?.message ?? String(e)
  if (/inventory|stock/i.test(message)) {
    return { failure_code: "out_of_stock", failure_reason: "the product is out of stock" }
  }
  if (/payment|authori[sz]|card|declin/i.test(message)) {
    return { failure_code: "payment_failed", failure_reason: "the payment was declined" }
  }
  if (/no longer delivers|no shipping address|no shipping option/i.test(message)) {
    return { failure_code: "error", failure_reason: "we cannot deliver to the shipping address on your account with your chosen shipping method" }
  }
  return { failure_code: "error", failure_reason: `the renewal could not be completed (${message.slice(0, 200)})` }
}
