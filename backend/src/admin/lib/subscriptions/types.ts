/** The admin screens' subscription types: the routes' answers come from @biome/shared, the request bodies are the admin's own. */

import type { SubscriptionStatus } from "@biome/shared"

export type {
  AdminAction,
  AdminSubscription,
  CancelReason,
  NextDeliveryPrice,
  RenewalAttempt,
  RenewalPolicy,
  RenewalResult,
  SubscriptionOrderSummary as SubscriptionOrder,
  SubscriptionStatus,
  SubscriptionSummary,
} from "@biome/shared"
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
