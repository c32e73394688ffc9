import { MedusaError } from "@medusajs/framework/utils"
import { addDays, checkTransition, nextDateBounds, nextDeliveryAfter } from "@biome/shared"
import type { SubscriptionAction, SubscriptionActivityActor, SubscriptionStatus } from "@biome/shared"

/**
 * The error code of a refused subscription action. Medusa answers a bare CONFLICT with a generic "retry"
 * message, so routes look for this code to answer 409 with the reason the customer can act on.
 */
export const SUBSCRIPTION_STATE_CONFLICT = "subscription_state_conflict"

/** The error code of "the subscription cannot be delivered as it stands": no address, no shipping option for it. */
export const SUBSCRIPTION_UNDELIVERABLE = "subscription_undeliverable"

/** A pause may be open-ended or end on a date at most this far ahead; longer than that is a cancellation. */
export const MAX_PAUSE_DAYS = 365

/** The key renewSubscription locks: a customer's change and a renewal of the same subscription never interleave. */
export const subscriptionLockKey = (subscriptionId: string) => `subscription-renewal:${subscriptionId}`

export function subscriptionNotFound(id: string): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_FOUND, `Subscription with id ${id} was not found`)
}

/** Throws a 409-bound CONFLICT with the customer-readable reason when `action` is refused in `status`. */
export function assertActionAllowed(status: string, action: SubscriptionAction): SubscriptionStatus {
  const check = checkTransition(status as SubscriptionStatus, action)
  if (!check.ok) throw new MedusaError(MedusaError.Types.CONFLICT, check.reason, SUBSCRIPTION_STATE_CONFLICT)
  return check.next
}

/** The start of tomorrow (UTC): the earliest a changed subscription may renew, so it never renews in the past. */
export function earliestNextDelivery(now: Date): Date {
  return nextDateBounds(now, 1).earliest
}

/** The delivery after the skipped one; an overdue delivery keeps its rhythm but lands in the future. */
export function deliveryAfterSkip(current: Date, intervalDays: number, now: Date): Date {
  let next = nextDeliveryAfter(current, intervalDays)
  while (next < earliestNextDelivery(now)) next = nextDeliveryAfter(next, intervalDays)
  return next
}

/** A resumed subscription keeps its date unless that has passed while it was paused. */
export function deliveryAfterResume(current: Date, now: Date): Date {
  const earliest = earliestNextDelivery(now)
  return current < earliest ? earliest : current
}

/** A pause end date must lie ahead and within a year; null pauses until the customer resumes. */
export function assertPauseEnd(until: Date | null, now: Date): void {
  if (until === null) return
  if (until <= now) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "A pause must end in the future; leave the date out to pause until you resume.")
  }
  if (until > addDays(now, MAX_PAUSE_DAYS)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `A pause can last at most ${MAX_PAUSE_DAYS} days.`)
  }
}

/** Every portal and admin action names its subscription; the store also names the customer it must belong to. */
export interface SubscriptionActionInput {
  subscription_id: string
  customer_id?: string
  /** Who acts, for the activity timeline: set by admin routes; the store's customer otherwise. */
  actor?: SubscriptionActivityActor
}

/** Events the portal and admin actions emit, with `{ id, customer_id }` and what changed. */
export const SubscriptionEvents = {
  SKIPPED: "subscription.skipped",
  PAUSED: "subscription.paused",
  RESUMED: "subscription.resumed",
  CANCELLED: "subscription.cancelled",
  UPDATED: "subscription.updated",
  SKIP_UNDONE: "subscription.skip_undone",
  RESTARTED: "subscription.restarted",
  RETENTION_OFFER_ACCEPTED: "subscription.retention_offer_accepted",
  ADDRESS_CHANGED: "subscription.address_changed",
} as const
