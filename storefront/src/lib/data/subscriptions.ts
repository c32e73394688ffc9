import "server-only"
import { toAddress, toStoreAddress, type StoreAddress } from "@/lib/account"
import type { CatalogProduct, Money } from "@/lib/catalog"
import type { AddressFields } from "@/lib/address-form"
import type { StoreSubscription } from "@biome/shared"
import {
  upcomingDeliveries,
  type CancelReason,
  type PortalAction,
  type Subscription,
  type SubscriptionChange,
  type UpcomingDelivery,
} from "@/lib/subscriptions"
import { getAuthToken } from "./cookies"
import { NotAuthenticatedError, nullIfNotFound, orFallback } from "./errors"
import { getProductByHandle } from "./products"
import { customerRequest } from "./request"
import { shopRoutes } from "./shop-client"

const RESOURCE = "This subscription"
const PORTAL_ACTIONS: readonly PortalAction[] = ["skip", "pause", "resume", "cancel", "change", "restart"]

/** The logged-in customer's subscriptions, newest first, each with its next price and its orders. */
export async function listSubscriptions(): Promise<{ subscriptions: Subscription[]; count: number }> {
  const response = await customerRequest((sdk, headers) => shopRoutes(sdk).subscriptions.list({ limit: 50 }, headers), {
    action: "listing subscriptions",
    resource: "Your subscriptions",
  })
  return { subscriptions: response.subscriptions.map(toSubscription), count: response.count ?? response.subscriptions.length }
}

/** The deliveries a logged-in customer can add a product to; none for a visitor who is not logged in. */
export async function listUpcomingDeliveries(): Promise<UpcomingDelivery[]> {
  if (!(await getAuthToken())) return []
  try {
    return upcomingDeliveries((await listSubscriptions()).subscriptions)
  } catch (error) {
    if (error instanceof NotAuthenticatedError) return []
    throw error
  }
}

export async function getSubscription(id: string): Promise<Subscription> {
  const { subscription } = await customerRequest((sdk, headers) => shopRoutes(sdk).subscriptions.retrieve(id, headers), {
    action: `loading subscription ${id}`,
    resource: RESOURCE,
  })
  return toSubscription(subscription)
}

/**
 * Each subscribed product as the catalog sells it today (sizes, prices, delivery intervals), by handle, for
 * the portal's change forms. A product that is gone simply has no entry.
 */
export async function listSubscribedProducts(subscriptions: Subscription[]): Promise<Map<string, CatalogProduct>> {
  const handles = [...new Set(subscriptions.flatMap((s) => (s.product ? [s.product.handle] : [])))]
  const products = await Promise.all(
    handles.map((handle) => orFallback(nullIfNotFound(getProductByHandle(handle)), null, `product ${handle}`))
  )
  return new Map(products.flatMap((p) => (p ? [[p.handle, p] as const] : [])))
}

/** Frequency, quantity, size or next date; the backend checks each against the product's offer. */
export async function changeSubscription(id: string, change: SubscriptionChange): Promise<Subscription> {
  const body = {
    ...(change.intervalDays !== undefined ? { interval_days: change.intervalDays } : {}),
    ...(change.quantity !== undefined ? { quantity: change.quantity } : {}),
    ...(change.variantId !== undefined ? { variant_id: change.variantId } : {}),
    ...(change.nextDeliveryAt !== undefined ? { next_delivery_at: change.nextDeliveryAt } : {}),
  }
  return mutate(id, "", body, "changing a subscription")
}

export async function skipNextDelivery(id: string): Promise<Subscription> {
  return mutate(id, "skip", {}, "skipping a delivery")
}

/**
 * Sends the upcoming delivery today, charged now. `nextDeliveryAt` is the date the customer was shown, so a
 * repeated click is refused instead of ordering the delivery after it.
 */
export async function sendNextDeliveryNow(id: string, nextDeliveryAt: string): Promise<Subscription> {
  return mutate(id, "send-now", { next_delivery_at: nextDeliveryAt }, "sending your next delivery now")
}

/**
 * Adds a one-time product (one size, at its regular price) to the subscription's next delivery, or sets its
 * quantity when it is there already.
 */
export async function addToNextDelivery(id: string, variantId: string, quantity: number): Promise<Subscription> {
  return mutate(id, "next-delivery-items", { variant_id: variantId, quantity }, "adding to your next delivery")
}

/** Takes a product the customer added off the next delivery again. */
export async function removeFromNextDelivery(id: string, variantId: string): Promise<Subscription> {
  const response = await customerRequest((sdk, headers) => shopRoutes(sdk).subscriptions.removeNextDeliveryItem(id, variantId, headers), {
    action: "removing from your next delivery",
    resource: RESOURCE,
  })
  return toSubscription(response.subscription)
}

/** Pauses until the given day (YYYY-MM-DD), or until the customer resumes when none is given. */
export async function pauseSubscription(id: string, until?: string): Promise<Subscription> {
  return mutate(id, "pause", until ? { until } : {}, "pausing a subscription")
}

export async function resumeSubscription(id: string): Promise<Subscription> {
  return mutate(id, "resume", {}, "resuming a subscription")
}

export async function cancelSubscription(id: string, reason: CancelReason, comment?: string): Promise<Subscription> {
  return mutate(id, "cancel", { reason, ...(comment ? { comment } : {}) }, "cancelling a subscription")
}

/** Brings back the delivery the customer skipped, while its date lies ahead. */
export async function undoSkip(id: string): Promise<Subscription> {
  return mutate(id, "undo-skip", {}, "undoing a skip")
}

/** Starts a cancelled subscription again; the next delivery is tomorrow unless a day (YYYY-MM-DD) is given. */
export async function restartSubscription(id: string, nextDeliveryAt?: string): Promise<Subscription> {
  return mutate(id, "restart", nextDeliveryAt ? { next_delivery_at: nextDeliveryAt } : {}, "restarting a subscription")
}

/** Takes the shop's one-time discount on the next delivery instead of cancelling. */
export async function acceptRetentionDiscount(id: string): Promise<Subscription> {
  return mutate(id, "retention-discount", {}, "taking the discount")
}

/** Delivers to one of the customer's saved addresses, or to a new one. */
export async function changeDeliveryAddress(id: string, to: { addressId: string } | { address: AddressFields }): Promise<Subscription> {
  const body = "addressId" in to ? { address_id: to.addressId } : { address: withoutEmpty(toStoreAddress(to.address)) }
  return mutate(id, "address", body, "changing the delivery address")
}

// The backend's address schema is strict about its fields, so unset ones are left out rather than sent empty.
const withoutEmpty = (address: StoreAddress) =>
  Object.fromEntries(Object.entries(address).filter(([, v]) => v !== undefined && v !== null && v !== ""))

async function mutate(id: string, action: string, body: Record<string, unknown>, doing: string): Promise<Subscription> {
  const response = await customerRequest((sdk, headers) => shopRoutes(sdk).subscriptions.act(id, action, body, headers), {
    action: doing,
    resource: RESOURCE,
  })
  // Every action answers with the subscription; should one not, read it back.
  return response.subscription ? toSubscription(response.subscription) : getSubscription(id)
}

export function toSubscription(s: StoreSubscription): Subscription {
  const money = (amount: number, currency = s.currency_code): Money => ({ amount, currencyCode: currency })
  const price = s.next_price
  return {
    id: s.id,
    status: s.status,
    allowedActions: (s.allowed_actions ?? []).filter((a): a is PortalAction => (PORTAL_ACTIONS as readonly string[]).includes(a)),
    product: s.product
      ? { id: s.product.id, title: s.product.title, handle: s.product.handle, thumbnail: s.product.thumbnail ?? null }
      : null,
    variant: s.variant ? { id: s.variant.id, title: s.variant.title, sku: s.variant.sku ?? null } : null,
    quantity: s.quantity,
    intervalDays: s.interval_days,
    discountPercent: s.discount_percent,
    currencyCode: s.currency_code,
    nextDeliveryAt: s.next_delivery_at ?? null,
    nextPrice: price
      ? {
          unitPrice: money(price.unit_price, price.currency_code),
          regularUnitPrice: money(price.regular_unit_price, price.currency_code),
          total: money(price.total, price.currency_code),
          savingsPerDelivery: money(price.savings_per_delivery, price.currency_code),
          retentionDiscountPercent: price.retention_discount_percent ?? null,
        }
      : null,
    nextDeliveryItems: (s.next_delivery_items ?? []).map((i) => ({
      variantId: i.variant_id,
      quantity: i.quantity,
      product: i.product,
      variantTitle: i.variant_title,
      unitPrice: i.unit_price === null ? null : money(i.unit_price),
      total: i.total === null ? null : money(i.total),
    })),
    nextDeliveryTotal:
      s.next_delivery_total !== undefined && s.next_delivery_total !== null
        ? money(s.next_delivery_total)
        : price
          ? money(price.total, price.currency_code)
          : null,
    skippedDeliveryAt: s.skipped_delivery_at ?? null,
    retentionOfferPercent: s.retention_offer_percent ?? null,
    restartedAt: s.restarted_at ?? null,
    deliveryAddress: toAddress(s.delivery_address),
    pausedUntil: s.paused_until ?? null,
    cancelledAt: s.cancelled_at ?? null,
    cancelReason: s.cancel_reason ?? null,
    failedAttempts: s.failed_attempts ?? 0,
    nextRetryAt: s.next_retry_at ?? null,
    lastFailureReason: s.last_failure_reason ?? null,
    orders: (s.orders ?? []).map((o) => ({
      id: o.id,
      displayId: o.display_id ?? null,
      createdAt: o.created_at,
      total: money(Number(o.total)),
      status: o.status,
    })),
  }
}
