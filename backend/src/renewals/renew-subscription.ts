import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { addDays, checkTransition, renewalPeriodKey } from "@biome/shared"
import type { SubscriptionActivityActor, SubscriptionActivityDetails, SubscriptionActivityKind } from "@biome/shared"
import { SUBSCRIPTION_MODULE } from "../modules/subscription"
import type SubscriptionModuleService from "../modules/subscription/service"
import type { RenewalTrigger, SubscriptionDTO } from "../modules/subscription/types"
import { activityEntry, customerActor, isoDate, recordActivityAfterCommit, RENEWAL_JOB } from "../lib/subscriptions/activity"
import { completeRenewalWorkflow, recordRenewalFailureWorkflow } from "../workflows/subscriptions/renewal-outcome-workflows"
import { assertActionAllowed, SUBSCRIPTION_STATE_CONFLICT } from "../lib/subscriptions/subscription-rules"
import { isSubscriptionBusy, withSubscriptionLock } from "../workflows/subscriptions/subscription-lock"
import { classifyFailure, paymentRefusal } from "./renewal-failures"
import { extrasDelivered, isConflict, placeRenewalOrder, productTitle, settleEarlierOrders } from "./renewal-order"
import { nextDeliveryExtras } from "../workflows/subscriptions/steps/load-renewal-line"

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
export async function renewSubscription(container: MedusaContainer, input: RenewalRequest & { now?: Date }): Promise<RenewalResult> {
  try {
    return await withSubscriptionLock(
      container,
      input.subscription_id,
      () => renewLocked(container, { ...input, now: input.now ?? new Date() }),
      { timeout: LOCK_WAIT_SECONDS }
    )
  } catch (e) {
    // Only a failure to take the lock (typed SUBSCRIPTION_BUSY) means another process is renewing.
    if (isSubscriptionBusy(e) || isConflict(e)) return { outcome: "skipped", reason: "another process is renewing this subscription" }
    throw e
  }
}

export interface RenewalRequest {
  subscription_id: string
  trigger: RenewalTrigger
  /** A customer's "send now" only renews their own subscription, and only the delivery they saw. */
  customer_id?: string
  expected_next_delivery_at?: Date | string
  /** Who asked, for the activity timeline: the admin of "renew now"; the customer of "send now"; else the job. */
  actor?: SubscriptionActivityActor
}

/**
 * The customer's "send my next delivery now": renews the upcoming delivery today, through the scheduled job's
 * path; the delivery after it follows one interval from today. The date the customer saw makes a repeated
 * click a 409 rather than a second delivery.
 */
export async function sendNextDeliveryNow(
  container: MedusaContainer,
  input: { subscription_id: string; customer_id: string; expected_next_delivery_at: Date | string }
): Promise<RenewalResult> {
  return renewSubscription(container, { ...input, trigger: "customer" })
}

/** Admin "renew now": renews the upcoming period immediately, through the same path as the scheduled job. */
export async function renewSubscriptionNow(
  container: MedusaContainer,
  subscriptionId: string,
  actor?: SubscriptionActivityActor
): Promise<RenewalResult> {
  return renewSubscription(container, { subscription_id: subscriptionId, trigger: "admin", ...(actor ? { actor } : {}) })
}

async function renewLocked(container: MedusaContainer, input: RenewalRequest & { now: Date }): Promise<RenewalResult> {
  const service = container.resolve<SubscriptionModuleService>(SUBSCRIPTION_MODULE)
  const sub = await service.retrieveSubscription(input.subscription_id).catch(() => null)
  if (!sub || (input.customer_id !== undefined && sub.customer_id !== input.customer_id)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Subscription with id ${input.subscription_id} was not found`)
  }
  const onRequest = input.trigger === "admin" || input.trigger === "customer"
  if (onRequest) assertActionAllowed(sub.status, "renew")
  if (
    input.expected_next_delivery_at !== undefined &&
    new Date(input.expected_next_delivery_at).getTime() !== new Date(sub.next_delivery_at).getTime()
  ) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `That delivery has already been sent or moved; your next delivery is now planned for ${new Date(sub.next_delivery_at).toISOString().slice(0, 10)}`,
      SUBSCRIPTION_STATE_CONFLICT
    )
  }
  const allowed = checkTransition(sub.status, "renew")
  if (!allowed.ok) return { outcome: "skipped", reason: allowed.reason }
  if (!onRequest && !isDue(sub, input.now)) {
    return { outcome: "skipped", reason: "not due" }
  }

  const scheduledFor = new Date(sub.next_delivery_at)
  const periodKey = renewalPeriodKey(sub.id, scheduledFor)
  const trigger = onRequest ? input.trigger : sub.status === "past_due" ? "retry" : "schedule"
  const claim = await service.claimRenewalPeriod({ subscription_id: sub.id, period_key: periodKey, scheduled_for: scheduledFor, trigger })
  // Recorded once the outcome is committed, and never able to undo it.
  const actor = input.actor ?? (input.customer_id ? customerActor(input.customer_id) : RENEWAL_JOB)
  const record = (kind: SubscriptionActivityKind, details: SubscriptionActivityDetails) =>
    recordActivityAfterCommit(container, [activityEntry(sub.id, actor, kind, { trigger, ...details })])
  // A delivery the customer asked for today starts the rhythm again from today.
  const next_delivery_at =
    input.trigger === "customer" ? addDays(input.now, sub.interval_days) : nextDeliveryFrom(scheduledFor, sub.interval_days, input.now)

  if (claim.state === "already_renewed") {
    // The period was paid for (an early "renew now", then the date moved back onto it): move the subscription
    // on without ordering again. completeRenewal only rewrites what the first success wrote.
    await service.completeRenewal({
      renewal_id: claim.renewal.id,
      subscription_id: sub.id,
      order_id: claim.renewal.order_id!,
      next_delivery_at,
    })
    return { outcome: "already_renewed", order_id: claim.renewal.order_id ?? undefined }
  }
  const recipient = { id: sub.id, email: sub.email, product_title: await productTitle(container, sub.product_id) }
  const fail = async (failure: { failure_code: "payment_failed" | "out_of_stock" | "error"; failure_reason: string }) => {
    const { result } = await recordRenewalFailureWorkflow(container).run({
      input: { renewal_id: claim.renewal.id, subscription_id: sub.id, ...failure, failed_at: input.now, recipient },
    })
    await record("renewal_failed", {
      reason: failure.failure_reason,
      failure_code: failure.failure_code,
      status: result.status,
      next_retry_at: isoDate(result.next_retry_at),
    })
    return { outcome: "failed" as const, reason: failure.failure_reason }
  }
  // An earlier attempt that stopped half-way (a crash, a killed worker) may have left an order: a paid one is
  // recorded, an unpaid one cancelled with its stock released, and only then is a new one placed.
  let order = await settleEarlierOrders(container, periodKey, claim.renewal.id)
  if (!order) {
    const refusal = paymentRefusal(sub)
    if (refusal) return await fail({ failure_code: "payment_failed", failure_reason: refusal })
    try {
      order = await placeRenewalOrder(container, sub, claim.renewal.id, periodKey, nextDeliveryExtras(sub.metadata))
    } catch (e) {
      if (isConflict(e)) {
        // Busy infrastructure is not the customer's problem: close this attempt and let the next run retry.
        await service.updateSubscriptionRenewals({
          id: claim.renewal.id,
          status: "failed",
          failure_code: "busy",
          failure_reason: (e as Error).message?.slice(0, 200) ?? "conflict",
        })
        return { outcome: "skipped", reason: "the shop was busy; the next run retries" }
      }
      return await fail(classifyFailure(e))
    }
  }
  await completeRenewalWorkflow(container).run({
    input: {
      renewal_id: claim.renewal.id,
      subscription_id: sub.id,
      order_id: order.id,
      order_display_id: order.display_id,
      next_delivery_at,
      recipient,
      ...(await extrasDelivered(container, sub, order.id)),
    },
  })
  await record("renewal_succeeded", { order_id: order.id, order_display_id: order.display_id, date: isoDate(next_delivery_at) })
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
