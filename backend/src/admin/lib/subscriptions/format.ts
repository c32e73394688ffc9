export { errorMessage, formatDay } from "../format"
import type { CancelReason, SubscriptionStatus } from "./types"

export const STATUS_LABEL: Record<SubscriptionStatus, string> = {
  active: "Active",
  paused: "Paused",
  past_due: "Payment failed",
  cancelled: "Cancelled",
}

export const STATUS_COLOR: Record<SubscriptionStatus, "green" | "orange" | "red" | "grey"> = {
  active: "green",
  paused: "orange",
  past_due: "red",
  cancelled: "grey",
}

export const CANCEL_REASON_LABEL: Record<CancelReason, string> = {
  too_expensive: "Too expensive",
  not_needed: "No longer needed",
  switching_product: "Switching product",
  side_effects: "Side effects",
  other: "Other",
}

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
