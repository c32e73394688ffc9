import { STRIPE_PAYMENT_PROVIDER, SYSTEM_PAYMENT_PROVIDER } from "../payments"
import { isCancelReason, type CancelReason } from "./cancel-reasons"
import type { SubscriptionStatus } from "./status"

/**
 * The words admins read for a subscription's stored codes: statuses, why it was paused or cancelled, how it is
 * paid, what started a renewal. One definition for the backend, its admin pages and anything else that shows them.
 */

export const SUBSCRIPTION_STATUS_LABEL: Record<SubscriptionStatus, string> = {
  active: "Active",
  paused: "Paused",
  past_due: "Payment failed",
  cancelled: "Cancelled",
}

/** Why a subscription was cancelled, as the customer (or an admin for them) chose it, in the admin's words. */
export const SUBSCRIPTION_CANCEL_REASON_LABEL: Record<CancelReason, string> = {
  too_expensive: "Too expensive",
  not_needed: "No longer needed",
  switching_product: "Switching product",
  side_effects: "Side effects",
  other: "Other reason",
}

/** Why renewals failed, as recorded on a renewal attempt and carried into pause and cancel reasons. */
export const RENEWAL_FAILURE_LABEL: Record<string, string> = {
  payment_failed: "the payment was declined",
  out_of_stock: "the product was out of stock",
  error: "the renewal could not be completed",
  busy: "another renewal was in progress",
}

export const PAUSE_REASON_LABEL: Record<string, string> = {
  paused_by_admin: "Paused by an admin",
  customer_request: "Paused by the customer",
}

export const PAYMENT_PROVIDER_LABEL: Record<string, string> = {
  [SYSTEM_PAYMENT_PROVIDER]: "Manual payment",
  [STRIPE_PAYMENT_PROVIDER]: "Card (Stripe)",
}

export const RENEWAL_TRIGGER_LABEL: Record<string, string> = {
  schedule: "Scheduled",
  retry: "Retry",
  admin: "Renewed by an admin",
  customer: "Sent now by the customer",
}

export const RENEWAL_STATUS_LABEL: Record<string, string> = {
  processing: "In progress",
  succeeded: "Paid",
  failed: "Failed",
}

/** "past_due" → "Past due": an unknown code is still readable. */
const readable = (code: string) => {
  const words = code.replace(/[_:-]+/g, " ").trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const failure = (code: string) => RENEWAL_FAILURE_LABEL[code] ?? readable(code).toLowerCase()

export function cancelReasonLabel(reason: string | null | undefined): string {
  if (!reason) return "—"
  if (reason.startsWith("renewal_failed:")) return `Renewals failed: ${failure(reason.slice("renewal_failed:".length))}`
  return isCancelReason(reason) ? SUBSCRIPTION_CANCEL_REASON_LABEL[reason] : readable(reason)
}

/**
 * A pause reason: a known code in words, a renewal failure ("Paused after failed renewals: …"), and otherwise the
 * note an admin typed when pausing, which only the admin route accepts.
 */
export function pauseReasonLabel(reason: string | null | undefined): string {
  if (!reason) return "—"
  if (PAUSE_REASON_LABEL[reason]) return PAUSE_REASON_LABEL[reason]
  if (RENEWAL_FAILURE_LABEL[reason]) return `Paused after failed renewals: ${RENEWAL_FAILURE_LABEL[reason]}`
  return `Paused by an admin: ${reason}`
}

export function paymentProviderLabel(providerId: string | null | undefined): string {
  if (!providerId) return "—"
  if (PAYMENT_PROVIDER_LABEL[providerId]) return PAYMENT_PROVIDER_LABEL[providerId]
  return readable(providerId.replace(/^pp_/, ""))
}

export const renewalTriggerLabel = (trigger: string) => RENEWAL_TRIGGER_LABEL[trigger] ?? readable(trigger)
export const renewalStatusLabel = (status: string) => RENEWAL_STATUS_LABEL[status] ?? readable(status)
export const renewalFailureLabel = (code: string | null | undefined) => (code ? readable(failure(code)) : "—")
