import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { checkTransition, renewalUnitPrice } from "@biome/shared"
import type {
  AdminAction,
  AdminSubscription,
  AdminSubscriptionListResponse,
  NextDeliveryItem,
  NextDeliveryPrice,
  PortalAction,
  RenewalAttempt,
  StoreSubscription,
  StoreSubscriptionListResponse,
  SubscriptionAction,
  SubscriptionOrderSummary,
  SubscriptionStatus,
} from "@biome/shared"
import { SUBSCRIPTION_MODULE } from "../../modules/subscription"
import type SubscriptionModuleService from "../../modules/subscription/service"
import { priceSubscriptionLine } from "../../lib/subscriptions/subscription-line"
import { deliveryAddressSource, pickAddress } from "../../lib/subscriptions/delivery-address"
import { earliestNextDelivery, subscriptionNotFound } from "../../lib/subscriptions/subscription-rules"
import { nextDeliveryItems, nextDeliveryTotal } from "./next-delivery-items-view"

/** How subscriptions read over HTTP: the customer's portal and the admin screens read the shapes @biome/shared defines. */

const FIELDS = [
  "id",
  "status",
  "customer_id",
  "email",
  "product_id",
  "variant_id",
  "quantity",
  "interval_days",
  "discount_percent",
  "currency_code",
  "region_id",
  "next_delivery_at",
  "paused_until",
  "pause_reason",
  "cancelled_at",
  "cancel_reason",
  "failed_attempts",
  "next_retry_at",
  "last_failure_reason",
  "metadata",
  "created_at",
  "updated_at",
  "delivery_address",
  "shipping_address",
  "skipped_delivery_at",
  "retention_discount_percent",
  "retention_offer_accepted_at",
  "restarted_at",
  "product_variant.id",
  "product_variant.title",
  "product_variant.sku",
  "product_variant.product.id",
  "product_variant.product.title",
  "product_variant.product.handle",
  "product_variant.product.thumbnail",
]
const ORDER_FIELDS = ["orders.id", "orders.display_id", "orders.created_at", "orders.total", "orders.status"]
const ADMIN_FIELDS = [
  "customer.id",
  "customer.email",
  "customer.first_name",
  "customer.last_name",
  "payment_provider_id",
  "shipping_option_id",
  "shipping_address",
  "sales_channel_id",
  "last_reminder_for",
]
const RENEWAL_FIELDS = [
  "renewals.id",
  "renewals.period_key",
  "renewals.scheduled_for",
  "renewals.attempt",
  "renewals.status",
  "renewals.trigger",
  "renewals.order_id",
  "renewals.failure_code",
  "renewals.failure_reason",
  "renewals.created_at",
]

// biome-ignore lint/suspicious/noExplicitAny: rows of query.graph, whose shape the fields list decides
type Row = Record<string, any>

export type SubscriptionOrder = { [key: string]: "ASC" | "DESC" }

/**
 * The current price of the next delivery, priced like the renewal order (renewalUnitPrice, with the
 * subscription's own discount and any accepted retention discount); null when the product no longer offers
 * it, and for a cancelled subscription, which has no next delivery.
 */
export async function priceNextDelivery(scope: MedusaContainer, sub: Row): Promise<NextDeliveryPrice | null> {
  if (sub.status === "cancelled") return null
  try {
    const priced = await priceSubscriptionLine(scope, {
      variant_id: sub.variant_id,
      interval_days: sub.interval_days,
      region_id: sub.region_id,
      currency_code: sub.currency_code,
      customer_id: sub.customer_id,
    })
    const retention = sub.retention_discount_percent ?? null
    const unit = renewalUnitPrice(priced.compare_at_unit_price, sub.discount_percent, retention)
    const cents = (amount: number) => Math.round(amount * 100) * sub.quantity
    return {
      currency_code: sub.currency_code,
      unit_price: unit,
      regular_unit_price: priced.compare_at_unit_price,
      retention_discount_percent: retention,
      total: cents(unit) / 100,
      savings_per_delivery: (cents(priced.compare_at_unit_price) - cents(unit)) / 100,
    }
  } catch (e) {
    const type = (e as { type?: string }).type
    if (type === MedusaError.Types.INVALID_DATA || type === MedusaError.Types.NOT_FOUND) return null
    throw e
  }
}

/** What the portal may offer before a cancellation, read with the subscription. */
export interface PortalExtras {
  /** The discount the shop offers now (admins set it), or null when none or this subscription used its one. */
  retention_offer_percent: number | null
  /** The customer's default shipping address, which delivers the subscription unless it has its own. */
  default_address: Record<string, unknown> | null
}

async function portalExtras(scope: MedusaContainer, customerId: string): Promise<PortalExtras> {
  const subscriptions = scope.resolve<SubscriptionModuleService>(SUBSCRIPTION_MODULE)
  const customers = scope.resolve(Modules.CUSTOMER)
  const [percent, [address]] = await Promise.all([
    subscriptions.getRetentionDiscountPercent(),
    customers.listCustomerAddresses({ customer_id: customerId, is_default_shipping: true }, { take: 1 }),
  ])
  return {
    retention_offer_percent: percent > 0 ? percent : null,
    default_address: (address as unknown as Record<string, unknown> | undefined) ?? null,
  }
}

const PORTAL_ACTIONS: PortalAction[] = ["skip", "pause", "resume", "cancel", "change", "restart"]
const ADMIN_ACTIONS: AdminAction[] = ["pause", "resume", "cancel", "renew"]

/** Which buttons a client should offer; the workflows check again when one is pressed. */
const allowedActions = <A extends SubscriptionAction>(status: SubscriptionStatus, actions: A[]): A[] =>
  actions.filter((action) => checkTransition(status, action).ok)

function ordersNewestFirst(orders: Row[] | undefined): SubscriptionOrderSummary[] {
  return (orders ?? [])
    .filter(Boolean)
    .map((o) => ({ id: o.id, display_id: o.display_id, created_at: o.created_at, total: Number(o.total), status: o.status }))
    .sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime())
}

/**
 * The fields a customer sees: no payment tokens, no internal bookkeeping. With `items` (the portal), also what
 * was added to the next delivery and that delivery's total with them.
 */
function portalView(row: Row, price: NextDeliveryPrice | null, extras?: PortalExtras, items?: NextDeliveryItem[]): StoreSubscription {
  const variant = row.product_variant
  const product = variant?.product
  return {
    id: row.id,
    status: row.status,
    allowed_actions: allowedActions(row.status, PORTAL_ACTIONS),
    product: product ? { id: product.id, title: product.title, handle: product.handle, thumbnail: product.thumbnail } : null,
    variant: variant ? { id: variant.id, title: variant.title, sku: variant.sku ?? null } : null,
    quantity: row.quantity,
    interval_days: row.interval_days,
    discount_percent: row.discount_percent,
    currency_code: row.currency_code,
    next_delivery_at: row.next_delivery_at,
    next_price: price,
    ...(items ? { next_delivery_items: items, next_delivery_total: nextDeliveryTotal(price?.total ?? null, items) } : {}),
    paused_until: row.paused_until,
    pause_reason: row.pause_reason,
    cancelled_at: row.cancelled_at,
    cancel_reason: row.cancel_reason,
    cancel_comment: row.metadata?.cancel_comment ?? null,
    restarted_at: row.restarted_at ?? null,
    // A skip can be undone while the skipped date still lies ahead.
    skipped_delivery_at:
      row.status === "active" && row.skipped_delivery_at && new Date(row.skipped_delivery_at) >= earliestNextDelivery(new Date())
        ? row.skipped_delivery_at
        : null,
    retention_discount_percent: row.retention_discount_percent ?? null,
    retention_offer_percent:
      extras && !row.retention_offer_accepted_at && row.status !== "cancelled" ? extras.retention_offer_percent : null,
    delivery_address: pickAddress(deliveryAddressSource(row, extras?.default_address)),
    failed_attempts: row.failed_attempts,
    next_retry_at: row.next_retry_at,
    last_failure_reason: row.last_failure_reason,
    created_at: row.created_at,
    updated_at: row.updated_at,
    ...(row.orders ? { orders: ordersNewestFirst(row.orders) } : {}),
  }
}

function adminView(row: Row, price: NextDeliveryPrice | null): AdminSubscription {
  const renewals = row.renewals as RenewalAttempt[] | undefined
  return {
    ...portalView(row, price),
    allowed_actions: allowedActions(row.status, ADMIN_ACTIONS),
    customer_id: row.customer_id,
    email: row.email,
    customer: row.customer ?? null,
    product_id: row.product_id,
    variant_id: row.variant_id,
    region_id: row.region_id,
    ...(row.payment_provider_id !== undefined
      ? {
          payment_provider_id: row.payment_provider_id,
          shipping_option_id: row.shipping_option_id,
          shipping_address: row.shipping_address,
          sales_channel_id: row.sales_channel_id,
          last_reminder_for: row.last_reminder_for,
        }
      : {}),
    ...(renewals ? { renewals: [...renewals].sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime()) } : {}),
  }
}

async function querySubscriptions(
  scope: MedusaContainer,
  fields: string[],
  filters: Row,
  page?: { skip: number; take: number; order: SubscriptionOrder }
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "subscription",
    fields: [...new Set(fields)],
    filters,
    ...(page ? { pagination: { skip: page.skip, take: page.take, order: { ...page.order, id: "DESC" } } } : {}),
  })
  return { rows: data as Row[], count: (metadata as { count?: number } | undefined)?.count ?? data.length }
}

/** One page of a customer's own subscriptions, newest first, each with its next price and past orders. */
export async function listCustomerSubscriptions(
  scope: MedusaContainer,
  input: { customer_id: string; status?: string; limit: number; offset: number }
): Promise<StoreSubscriptionListResponse> {
  const filters = { customer_id: input.customer_id, ...(input.status ? { status: input.status } : {}) }
  const page = { skip: input.offset, take: input.limit, order: { created_at: "DESC" } as SubscriptionOrder }
  const { rows, count } = await querySubscriptions(scope, [...FIELDS, ...ORDER_FIELDS], filters, page)
  const extras = await portalExtras(scope, input.customer_id)
  const subscriptions = await Promise.all(
    rows.map(async (row) => portalView(row, await priceNextDelivery(scope, row), extras, await nextDeliveryItems(scope, row)))
  )
  return { subscriptions, count, limit: input.limit, offset: input.offset }
}

/** A customer's own subscription; another customer's is not found, exactly like a missing one. */
export async function getCustomerSubscription(
  scope: MedusaContainer,
  input: { id: string; customer_id: string }
): Promise<StoreSubscription> {
  const { rows } = await querySubscriptions(scope, [...FIELDS, ...ORDER_FIELDS], { id: input.id, customer_id: input.customer_id })
  const row = rows[0]
  if (!row) throw subscriptionNotFound(input.id)
  const [price, extras, items] = await Promise.all([
    priceNextDelivery(scope, row),
    portalExtras(scope, input.customer_id),
    nextDeliveryItems(scope, row),
  ])
  return portalView(row, price, extras, items)
}

/** One page of subscriptions for the admin list, each with its next price; orders are on the detail page. */
export async function listAdminSubscriptions(
  scope: MedusaContainer,
  input: { filters: Row; limit: number; offset: number; order: SubscriptionOrder }
): Promise<AdminSubscriptionListResponse> {
  const page = { skip: input.offset, take: input.limit, order: input.order }
  const { rows, count } = await querySubscriptions(
    scope,
    [...FIELDS, "customer.id", "customer.email", "customer.first_name", "customer.last_name"],
    input.filters,
    page
  )
  const subscriptions = await Promise.all(rows.map(async (row) => adminView(row, await priceNextDelivery(scope, row))))
  return { subscriptions, count, limit: input.limit, offset: input.offset }
}

/** Everything about one subscription for the admin: orders, renewal attempts, the next price. */
export async function getAdminSubscription(scope: MedusaContainer, id: string): Promise<AdminSubscription> {
  const { rows } = await querySubscriptions(scope, [...FIELDS, ...ORDER_FIELDS, ...ADMIN_FIELDS, ...RENEWAL_FIELDS], { id })
  const row = rows[0]
  if (!row) throw subscriptionNotFound(id)
  return adminView(row, await priceNextDelivery(scope, row))
}
