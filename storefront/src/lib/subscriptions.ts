import {
  SUBSCRIPTION_QUANTITY,
  type CancelReason,
  type PortalAction,
  type RetentionAlternative,
  type SubscriptionStatus,
} from "@biome/shared/commerce"
import type { ActionState } from "./forms"
import type { Address } from "./account"
import type { Money } from "./catalog"

// The statuses, actions and cancel reasons the backend knows are defined once, in @biome/shared. Client
// components import this module, so it reads the package's commerce entry (see src/client-bundle.test.ts).
export { CANCEL_REASONS, CANCEL_REASON_CUSTOMER_LABEL as CANCEL_REASON_LABELS, isCancelReason } from "@biome/shared/commerce"
export type { CancelReason, PortalAction, SubscriptionStatus } from "@biome/shared/commerce"

export const STATUS_LABELS: Record<SubscriptionStatus, string> = {
  active: "Active",
  paused: "Paused",
  past_due: "Payment due",
  cancelled: "Cancelled",
}

export interface SubscriptionOrder {
  id: string
  displayId: number | null
  createdAt: string
  total: Money
  status: string
}

export interface Subscription {
  id: string
  status: SubscriptionStatus
  allowedActions: PortalAction[]
  product: { id: string; title: string; handle: string; thumbnail: string | null } | null
  variant: { id: string; title: string; sku: string | null } | null
  quantity: number
  intervalDays: number
  discountPercent: number
  currencyCode: string
  nextDeliveryAt: string | null
  nextPrice: {
    unitPrice: Money
    regularUnitPrice: Money
    total: Money
    savingsPerDelivery: Money
    /** The one-time retention discount included in this price, if the customer accepted one. */
    retentionDiscountPercent: number | null
  } | null
  /** One-time products the customer added to the next delivery, billed and shipped with it. */
  nextDeliveryItems: NextDeliveryAddition[]
  /** The next delivery with those products: nextPrice.total plus theirs (null when it has no price). */
  nextDeliveryTotal: Money | null
  /** The delivery date the customer skipped, while the skip can still be undone. */
  skippedDeliveryAt: string | null
  /** The one-time discount the shop offers instead of a cancellation, or null. */
  retentionOfferPercent: number | null
  restartedAt: string | null
  /** Where the next delivery goes. */
  deliveryAddress: Address | null
  pausedUntil: string | null
  cancelledAt: string | null
  cancelReason: string | null
  failedAttempts: number
  nextRetryAt: string | null
  lastFailureReason: string | null
  orders: SubscriptionOrder[]
}

/** A one-time product added to a subscription's next delivery ("add to my next delivery"). */
export interface NextDeliveryAddition {
  variantId: string
  quantity: number
  product: { id: string; title: string; handle: string; thumbnail: string | null } | null
  variantTitle: string | null
  /** Its regular one-time price; null when the product is no longer sold. */
  unitPrice: Money | null
  total: Money | null
}

/** A delivery a logged-in customer can add products to, as the product page offers it (from /api/visitor). */
export interface UpcomingDelivery {
  subscriptionId: string
  /** "Daily Balance Probiotic, 30 capsules" */
  name: string
  /** ISO date of the delivery */
  deliveryAt: string
}

/** Subscriptions whose next delivery can take an added product: active, with a date. */
export function upcomingDeliveries(subscriptions: Subscription[]): UpcomingDelivery[] {
  return subscriptions.flatMap((s) =>
    s.status === "active" && s.nextDeliveryAt ? [{ subscriptionId: s.id, name: subscriptionName(s), deliveryAt: s.nextDeliveryAt }] : []
  )
}

/** What the customer may change, with the limits the backend enforces. */
export interface SubscriptionChange {
  intervalDays?: number
  quantity?: number
  variantId?: string
  /** YYYY-MM-DD */
  nextDeliveryAt?: string
}

/** The portal's and checkout's bound, from the one definition the backend enforces. */
export const MAX_SUBSCRIPTION_QUANTITY = SUBSCRIPTION_QUANTITY.max

/** "2026-12-01": a real calendar day, as the backend's date fields expect. */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

export function subscriptionName(subscription: Pick<Subscription, "product" | "variant">): string {
  const product = subscription.product?.title ?? "Subscription"
  return subscription.variant ? `${product}, ${subscription.variant.title}` : product
}

/** What the cancellation's first step found: the reason given and the alternatives worth offering first. */
export interface CancelReview {
  reason: CancelReason
  comment: string
  alternatives: RetentionAlternative[]
  longerIntervalDays: number | null
  discountPercent: number | null
}

export type CancelReviewState = ActionState & { review: CancelReview | null }
