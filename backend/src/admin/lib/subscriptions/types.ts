/** The admin API's subscription shapes, as GET /admin/subscriptions and /admin/subscriptions/:id return them. */

export type SubscriptionStatus = "active" | "paused" | "past_due" | "cancelled"
export type CancelReason = "too_expensive" | "not_needed" | "switching_product" | "side_effects" | "other"

export interface NextDeliveryPrice {
  currency_code: string
  unit_price: number
  regular_unit_price: number
  total: number
  savings_per_delivery: number
}

export interface SubscriptionOrder {
  id: string
  display_id: number
  created_at: string
  total: number
  status: string
}

export interface RenewalAttempt {
  id: string
  period_key: string
  scheduled_for: string
  attempt: number
  status: "processing" | "succeeded" | "failed"
  trigger: "schedule" | "retry" | "admin"
  order_id: string | null
  failure_code: string | null
  failure_reason: string | null
  created_at: string
}

export type AdminAction = "pause" | "resume" | "cancel" | "renew"

export interface AdminSubscription {
  id: string
  status: SubscriptionStatus
  /** What the subscription's state allows right now. */
  allowed_actions: AdminAction[]
  customer_id: string
  email: string
  customer: { id: string; email: string; first_name: string | null; last_name: string | null } | null
  product: { id: string; title: string; handle: string; thumbnail: string | null } | null
  variant: { id: string; title: string; sku: string | null } | null
  product_id: string
  variant_id: string
  quantity: number
  interval_days: number
  discount_percent: number
  currency_code: string
  region_id: string
  next_delivery_at: string
  next_price: NextDeliveryPrice | null
  paused_until: string | null
  pause_reason: string | null
  cancelled_at: string | null
  cancel_reason: CancelReason | null
  cancel_comment: string | null
  failed_attempts: number
  next_retry_at: string | null
  last_failure_reason: string | null
  created_at: string
  updated_at: string
  payment_provider_id?: string
  shipping_address?: Record<string, string | null> | null
  /** Where renewals go: the address chosen for the subscription, else the first order's. */
  delivery_address?: Record<string, string | null> | null
  last_reminder_for?: string | null
  orders?: SubscriptionOrder[]
  renewals?: RenewalAttempt[]
}

export interface SubscriptionFilters {
  status?: SubscriptionStatus[]
  customer_id?: string
  product_id?: string
  next_delivery_from?: string
  next_delivery_to?: string
  q?: string
  limit?: number
  offset?: number
  order?: string
}

export interface RenewalPolicy {
  retry_schedule_days: number[]
  after_final_failure: "pause" | "cancel"
  reminder_days_before: number
}

export interface RenewalResult {
  outcome: "renewed" | "already_renewed" | "failed" | "skipped"
  order_id?: string
  reason?: string
}

/** What an admin may change for the customer (POST /admin/subscriptions/:id). */
export interface SubscriptionChange {
  interval_days?: number
  quantity?: number
  next_delivery_at?: string
}

/** POST /admin/subscriptions/:id/address. */
export interface SubscriptionAddress {
  first_name: string
  last_name: string
  company?: string
  address_1: string
  address_2?: string
  city: string
  province?: string
  postal_code: string
  country_code: string
  phone?: string
}

/** GET /admin/subscriptions/summary. */
export interface SubscriptionSummary {
  month_start: string
  active_count: number
  monthly_recurring_revenue: { currency_code: string; amount: number }[]
  new_this_month: number
  cancelled_this_month: number
}
