import { formatDeliveryDate } from "./dates"
import { cancelReasonLabel, pauseReasonLabel } from "./labels"

/**
 * A subscription's activity timeline: who did what and when. The kinds, the entry and the admin route's response
 * are defined once here; the backend records them and the admin page words them with describeActivity.
 */

export const SUBSCRIPTION_ACTIVITY_KINDS = [
  "created",
  "skipped",
  "skip_undone",
  "paused",
  "resumed",
  "cancelled",
  "restarted",
  "frequency_changed",
  "quantity_changed",
  "size_changed",
  "next_date_changed",
  "address_changed",
  "retention_discount_accepted",
  "next_delivery_item_added",
  "next_delivery_item_removed",
  "renewal_succeeded",
  "renewal_failed",
  "email_sent",
] as const
export type SubscriptionActivityKind = (typeof SUBSCRIPTION_ACTIVITY_KINDS)[number]

export const SUBSCRIPTION_ACTIVITY_ACTOR_TYPES = ["customer", "admin", "system"] as const
export type SubscriptionActivityActorType = (typeof SUBSCRIPTION_ACTIVITY_ACTOR_TYPES)[number]

/** Who did it: a customer, an admin (labelled with their email) or the shop itself ("Renewal job"). */
export interface SubscriptionActivityActor {
  type: SubscriptionActivityActorType
  id: string | null
  label: string
}

/** What an entry keeps about the change: small facts only, never a token or a card. */
export interface SubscriptionActivityDetails {
  /** The value before and after a change: days, a quantity, an ISO date, a variant id or a short address. */
  from?: string | number | null
  to?: string | number | null
  /** A delivery date the entry is about (the skipped one, the next one), ISO. */
  date?: string | null
  /** Pause end (ISO; null: until resumed), pause or cancel reason code. */
  until?: string | null
  reason?: string | null
  comment?: string | null
  percent?: number | null
  variant_id?: string | null
  quantity?: number | null
  title?: string | null
  order_id?: string | null
  order_display_id?: number | string | null
  /** schedule, retry, admin or customer: what started a renewal. */
  trigger?: string | null
  failure_code?: string | null
  /** The status a failed renewal left behind (past_due, paused, cancelled) and when it is tried again. */
  status?: string | null
  next_retry_at?: string | null
  template?: string | null
}

export interface SubscriptionActivityEntry {
  id: string
  subscription_id: string
  occurred_at: string
  actor_type: SubscriptionActivityActorType
  actor_id: string | null
  actor_label: string
  kind: SubscriptionActivityKind
  details: SubscriptionActivityDetails
}

/** GET /admin/subscriptions/:id/activity: newest first. */
export interface AdminSubscriptionActivityResponse {
  activity: SubscriptionActivityEntry[]
  count: number
  limit: number
  offset: number
}

/** What happened, in the words admins use; describeActivity adds the details. */
export const SUBSCRIPTION_ACTIVITY_LABEL: Record<SubscriptionActivityKind, string> = {
  created: "Subscribed at checkout",
  skipped: "Skipped a delivery",
  skip_undone: "Undid a skip",
  paused: "Paused",
  resumed: "Resumed",
  cancelled: "Cancelled",
  restarted: "Restarted",
  frequency_changed: "Frequency changed",
  quantity_changed: "Quantity changed",
  size_changed: "Size changed",
  next_date_changed: "Next delivery date changed",
  address_changed: "Delivery address changed",
  retention_discount_accepted: "Accepted the retention discount",
  next_delivery_item_added: "Added a product to the next delivery",
  next_delivery_item_removed: "Removed a product from the next delivery",
  renewal_succeeded: "Renewed",
  renewal_failed: "Renewal failed",
  email_sent: "Email sent",
}

/** The subscription emails, as an admin would name them. */
export const SUBSCRIPTION_EMAIL_LABEL: Record<string, string> = {
  "subscription-renewed": "renewal confirmation",
  "subscription-renewal-failed": "renewal failed",
  "subscription-paused-after-failures": "paused after failed renewals",
  "subscription-cancelled-after-failures": "cancelled after failed renewals",
  "subscription-renewal-reminder": "renewal reminder",
}

/** How a renewal came about, after "Renewed: order #12". */
const RENEWAL_TRIGGER_WORDS: Record<string, string> = {
  schedule: "on schedule",
  retry: "on a retry",
  admin: "renewed now by an admin",
  customer: "sent now at the customer's request",
}

const day = (iso: string | null | undefined) => (iso ? formatDeliveryDate(new Date(iso)) : "—")
const every = (days: unknown) => `every ${days} days`
const order = (d: SubscriptionActivityDetails) => (d.order_display_id != null ? `order #${d.order_display_id}` : "an order")

/** One line for an entry: "Frequency changed from every 30 days to every 60 days", "Renewal failed: …". */
export function describeActivity(entry: Pick<SubscriptionActivityEntry, "kind" | "details">): string {
  const d = entry.details ?? {}
  const label = SUBSCRIPTION_ACTIVITY_LABEL[entry.kind] ?? entry.kind
  switch (entry.kind) {
    case "created":
      return `${label} (${order(d)}), ${every(d.to)}`
    case "skipped":
      return `Skipped the delivery of ${day(d.date)}; next delivery ${day(d.to as string)}`
    case "skip_undone":
      return `Brought back the delivery of ${day(d.date)}`
    case "paused":
      return `${d.until ? `Paused until ${day(d.until)}` : "Paused until resumed"} (${pauseReasonLabel(d.reason)})`
    case "resumed":
    case "restarted":
      return `${label}; next delivery ${day(d.date)}`
    case "cancelled":
      return `Cancelled: ${cancelReasonLabel(d.reason)}${d.comment ? ` ("${d.comment}")` : ""}`
    case "frequency_changed":
      return `${label} from ${every(d.from)} to ${every(d.to)}`
    case "quantity_changed":
      return `${label} from ${d.from} to ${d.to}`
    case "size_changed":
      return `${label}${d.title ? ` to ${d.title}` : ""}`
    case "next_date_changed":
      return `Next delivery moved from ${day(d.from as string)} to ${day(d.to as string)}`
    case "address_changed":
      return d.to ? `${label} to ${d.to}` : label
    case "retention_discount_accepted":
      return `Accepted a one-time ${d.percent}% discount instead of cancelling`
    case "next_delivery_item_added":
      return `Added ${d.quantity} × ${d.title ?? d.variant_id} to the next delivery`
    case "next_delivery_item_removed":
      return `Removed ${d.title ?? d.variant_id} from the next delivery`
    case "renewal_succeeded":
      return `Renewed: ${order(d)}, ${RENEWAL_TRIGGER_WORDS[d.trigger ?? "schedule"] ?? d.trigger}`
    case "renewal_failed": {
      const after =
        d.status === "past_due" && d.next_retry_at
          ? `; next try ${day(d.next_retry_at)}`
          : d.status === "paused" || d.status === "cancelled"
            ? `; subscription ${d.status}`
            : ""
      return `Renewal failed: ${d.reason ?? "unknown reason"}${after}`
    }
    case "email_sent":
      return `Email sent: ${SUBSCRIPTION_EMAIL_LABEL[d.template ?? ""] ?? d.template ?? "subscription email"}`
  }
  return label
}
