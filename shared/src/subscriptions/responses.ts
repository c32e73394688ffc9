import type { NextDeliveryItem } from "./next-delivery"
import type { SubscriptionAction, SubscriptionStatus } from "./status"

/**
 * The subscription routes' answers as they read over JSON (dates are ISO strings): the backend's views return
 * them, the admin and the storefront read them. One definition for all three.
 */

/** The buttons the customer portal may offer, and those the admin screens may offer. */
export type PortalAction = Extract<SubscriptionAction, "skip" | "pause" | "resume" | "cancel" | "change" | "restart">
export type AdminAction = Extract<SubscriptionAction, "pause" | "resume" | "cancel" | "renew">

/** The address fields a renewal order takes, and so the fields a subscription's delivery address has. */
export const SUBSCRIPTION_ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "company",
  "address_1",
  "address_2",
  "city",
  "province",
  "postal_code",
  "country_code",
  "phone",
] as const
export type SubscriptionAddressField = (typeof SUBSCRIPTION_ADDRESS_FIELDS)[number]
/** Only the fields that are set. */
export type SubscriptionDeliveryAddress = Partial<Record<SubscriptionAddressField, string>>

export interface NextDeliveryPrice {
  currency_code: string
  unit_price: number
  regular_unit_price: number
  /** A one-time retention discount the next renewal takes off on top, if the customer accepted one. */
  retention_discount_percent: number | null
  /** What the next renewal charges for the items: the renewal's unit price × quantity. */
  total: number
  savings_per_delivery: number
}

/** An order the subscription placed (the first at checkout, then one per renewal). */
export interface SubscriptionOrderSummary {
  id: string
  display_id: number
  created_at: string
  total: number
  status: string
}

export interface SubscriptionProductSummary {
  id: string
  title: string
  handle: string
  thumbnail: string | null
}

/** What a customer sees of a subscription: no payment tokens, no internal bookkeeping. */
export interface StoreSubscription {
  id: string
  status: SubscriptionStatus
  /** What the subscription's state allows right now; the workflows check again when one is pressed. */
  allowed_actions: PortalAction[]
  product: SubscriptionProductSummary | null
  variant: { id: string; title: string; sku: string | null } | null
  quantity: number
  interval_days: number
  discount_percent: number
  currency_code: string
  next_delivery_at: string
  /** Null when the product no longer offers it, and for a cancelled subscription. */
  next_price: NextDeliveryPrice | null
  /** The portal's reads add what was added to the next delivery and that delivery's total with them. */
  next_delivery_items?: NextDeliveryItem[]
  next_delivery_total?: number | null
  paused_until: string | null
  pause_reason: string | null
  cancelled_at: string | null
  /** A CancelReason, or "renewal_failed:<code>" when failed renewals cancelled it. */
  cancel_reason: string | null
  cancel_comment: string | null
  restarted_at: string | null
  /** The delivery date the customer skipped, while the skip can still be undone. */
  skipped_delivery_at: string | null
  retention_discount_percent: number | null
  /** The one-time discount the shop offers instead of a cancellation, or null. */
  retention_offer_percent: number | null
  /** Where the next delivery goes. */
  delivery_address: SubscriptionDeliveryAddress | null
  failed_attempts: number
  next_retry_at: string | null
  last_failure_reason: string | null
  created_at: string
  updated_at: string
  /** Newest first; present where the route reads them. */
  orders?: SubscriptionOrderSummary[]
}

export type RenewalTrigger = "schedule" | "retry" | "admin" | "customer"

/** One attempt at renewing a period, as the admin's detail page lists it. */
export interface RenewalAttempt {
  id: string
  period_key: string
  scheduled_for: string
  attempt: number
  status: "processing" | "succeeded" | "failed"
  trigger: RenewalTrigger
  order_id: string | null
  failure_code: string | null
  failure_reason: string | null
  created_at: string
}

/** What an admin sees: the customer's view plus who and how it is paid and delivered, and its renewals. */
export interface AdminSubscription extends Omit<StoreSubscription, "allowed_actions"> {
  allowed_actions: AdminAction[]
  customer_id: string
  email: string
  customer: { id: string; email: string; first_name: string | null; last_name: string | null } | null
  product_id: string
  variant_id: string
  region_id: string
  /** Only on the detail route. */
  payment_provider_id?: string
  shipping_option_id?: string | null
  shipping_address?: Record<string, string | null> | null
  sales_channel_id?: string | null
  last_reminder_for?: string | null
  renewals?: RenewalAttempt[]
}

/** GET /store/customers/me/subscriptions/:id, and every portal action's answer. */
export interface StoreSubscriptionResponse {
  subscription: StoreSubscription
}

export interface StoreSubscriptionListResponse {
  subscriptions: StoreSubscription[]
  count: number
  limit: number
  offset: number
}

/** GET /admin/subscriptions/:id, and every admin action's answer. */
export interface AdminSubscriptionResponse {
  subscription: AdminSubscription
}

export interface AdminSubscriptionListResponse {
  subscriptions: AdminSubscription[]
  count: number
  limit: number
  offset: number
}

/** What POST /admin/subscriptions/:id/renew did. */
export interface RenewalResult {
  outcome: "renewed" | "already_renewed" | "failed" | "skipped"
  order_id?: string
  reason?: string
}

export type AdminSubscriptionRenewResponse = AdminSubscriptionResponse & { renewal: RenewalResult }

/** How renewals retry and remind, as admins set it (GET/POST /admin/subscriptions/settings). */
export interface RenewalPolicy {
  /** Days after each failed attempt before the next one, e.g. [1, 3, 7]. */
  retry_schedule_days: number[]
  /** What happens once the retries are used up. */
  after_final_failure: "pause" | "cancel"
  /** How many days before a renewal the customer gets a reminder. */
  reminder_days_before: number
}

export interface AdminRenewalPolicyResponse {
  settings: RenewalPolicy
}

/** GET /admin/subscriptions/summary. */
export interface SubscriptionSummary {
  month_start: string
  active_count: number
  monthly_recurring_revenue: { currency_code: string; amount: number }[]
  new_this_month: number
  cancelled_this_month: number
}

export interface AdminSubscriptionSummaryResponse {
  summary: SubscriptionSummary
}
