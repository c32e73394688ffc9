import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { toAddress, type OrderDetail, type OrderSummary } from "@/lib/account"
import { subscriptionIntervalOf } from "@/lib/cart"
import type { Money } from "@/lib/catalog"
import { NotFoundError, toBackendError } from "./errors"
import { anonymousCall, customerRequest, shopperAddressHeaders, visitorRequest } from "./request"
import { shopRoutes } from "./shop-client"

const ORDER_FIELDS = "+customer_id,+payment_status,+fulfillment_status"
export const ORDERS_PAGE_SIZE = 20

/** The logged-in customer's orders, newest first. */
export async function listOrders(page = 0): Promise<{ orders: OrderSummary[]; count: number }> {
  const query = {
    fields: "+payment_status,+fulfillment_status",
    order: "-created_at",
    limit: ORDERS_PAGE_SIZE,
    offset: Math.max(page, 0) * ORDERS_PAGE_SIZE,
  }
  const response = await customerRequest((sdk, headers) => sdk.store.order.list(query, headers), {
    action: "listing orders",
    resource: "Your orders",
  })
  return { orders: response.orders.map(toOrderSummary), count: response.count ?? response.orders.length }
}

/**
 * One order of the logged-in customer. The backend serves any order by id, so the owner is checked here:
 * someone else's order is not found, exactly like a missing one.
 */
export async function getCustomerOrder(orderId: string, customerId: string): Promise<OrderDetail> {
  const order = await customerRequest(
    (sdk, headers) => sdk.store.order.retrieve(encodeURIComponent(orderId), { fields: ORDER_FIELDS }, headers),
    { action: `loading order ${orderId}`, resource: "This order" }
  ).then((r) => toOrderDetail(r.order))
  if (order.customerId !== customerId) throw new NotFoundError("This order")
  return order
}

/** What proves a guest may see an order: the cart it was placed from (this browser), or a signed emailed link. */
export interface OrderProof {
  cartId?: string | null
  token?: string | null
  /** The registration link asked for from the order's confirmation page, which names the order. */
  registrationToken?: string | null
}

const proofHeaders = (proof: OrderProof): Record<string, string> => ({
  ...(proof.cartId ? { "x-order-cart-id": proof.cartId } : {}),
  ...(proof.token ? { "x-order-token": proof.token } : {}),
  ...(proof.registrationToken ? { "x-registration-token": proof.registrationToken } : {}),
})

/**
 * An order for its confirmation page. The backend shows it to its customer (logged in), the browser that placed
 * it, or the holder of a signed link; to anyone else it is not found.
 */
export async function getOrderForConfirmation(orderId: string, proof: OrderProof): Promise<OrderDetail> {
  const { order } = await visitorRequest(
    (sdk, headers) => sdk.store.order.retrieve(encodeURIComponent(orderId), { fields: ORDER_FIELDS }, headers),
    { action: `loading order ${orderId}`, resource: "This order" },
    proofHeaders(proof)
  )
  return toOrderDetail(order)
}

/** Keeps a guest order in the account just created from its confirmation page. */
export async function claimOrder(orderId: string, proof: OrderProof): Promise<void> {
  await customerRequest(
    (sdk, headers) => shopRoutes(sdk).orders.claim(orderId, headers),
    { action: `keeping order ${orderId} in the new account`, resource: "This order" },
    proofHeaders(proof)
  )
}

/** "Find my order": the backend emails a link to the order's address when email and number match. */
export async function requestOrderLink(email: string, orderNumber: number): Promise<void> {
  try {
    const body = { email, order_number: orderNumber }
    await anonymousCall((sdk, headers) => shopRoutes(sdk).orders.lookup(body, headers), await shopperAddressHeaders())
  } catch (error) {
    throw toBackendError(error, "looking up an order", "Order lookup")
  }
}

const money = (amount: number | null | undefined, currencyCode: string): Money => ({
  amount: typeof amount === "number" ? amount : 0,
  currencyCode,
})

function toOrderSummary(order: HttpTypes.StoreOrder): OrderSummary {
  return {
    id: order.id,
    displayId: order.display_id ?? null,
    // Over JSON a date is its ISO string; the type also allows a Date.
    createdAt: typeof order.created_at === "string" ? order.created_at : order.created_at.toISOString(),
    status: order.status,
    paymentStatus: order.payment_status ?? null,
    fulfillmentStatus: order.fulfillment_status ?? null,
    total: money(order.total, order.currency_code),
  }
}

function toOrderDetail(order: HttpTypes.StoreOrder): OrderDetail {
  const currency = order.currency_code
  return {
    ...toOrderSummary(order),
    email: order.email ?? null,
    customerId: order.customer_id ?? null,
    lines: (order.items ?? []).map((item) => ({
      id: item.id,
      title: item.product_title || item.title || "Item",
      variantTitle: item.variant_title ?? null,
      productHandle: item.product_handle ?? null,
      thumbnail: item.thumbnail ?? null,
      quantity: item.quantity,
      unitPrice: money(item.unit_price, currency),
      total: money(item.total ?? item.unit_price * item.quantity, currency),
      subscriptionIntervalDays: subscriptionIntervalOf(item.metadata),
    })),
    subtotal: money(order.item_subtotal ?? order.subtotal, currency),
    shippingTotal: money(order.shipping_total, currency),
    taxTotal: money(order.tax_total, currency),
    discountTotal: money(order.discount_total, currency),
    shippingAddress: toAddress(order.shipping_address),
    shippingMethods: (order.shipping_methods ?? []).flatMap((m) => (m.name ? [m.name] : [])),
  }
}
