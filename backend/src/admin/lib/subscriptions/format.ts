export { errorMessage, formatDay } from "../format"
import { SUBSCRIPTION_CANCEL_REASON_LABEL, SUBSCRIPTION_STATUS_LABEL } from "@biome/shared"
import type { CancelReason, SubscriptionStatus } from "./types"

/** The words for each stored code live in @biome/shared, one definition for every screen. */
export {
  cancelReasonLabel,
  pauseReasonLabel,
  paymentProviderLabel,
  renewalFailureLabel,
  renewalStatusLabel,
  renewalTriggerLabel,
} from "@biome/shared"

export const STATUS_LABEL: Record<SubscriptionStatus, string> = SUBSCRIPTION_STATUS_LABEL

export const STATUS_COLOR: Record<SubscriptionStatus, "green" | "orange" | "red" | "grey"> = {
  active: "green",
  paused: "orange",
  past_due: "red",
  cancelled: "grey",
}

/** The reasons an admin can pick when cancelling for a customer, in words. */
export const CANCEL_REASON_LABEL: Record<CancelReason, string> = SUBSCRIPTION_CANCEL_REASON_LABEL

export function formatDateTime(value: string | null | undefined): string {
  if (!value) return "—"
  return new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short" }).format(new Date(value))
}

export function formatMoney(amount: number | null | undefined, currency: string): string {
  if (amount === null || amount === undefined) return "—"
  return new Intl.NumberFormat("en-US", { style: "currency", currency: currency.toUpperCase() }).format(amount)
}

export function customerName(customer: { first_name: string | null; last_name: string | null } | null): string {
  return [customer?.first_name, customer?.last_name].filter(Boolean).join(" ")
}

/** The message of a failed admin request, as the API worded it. */
