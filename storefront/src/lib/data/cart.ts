import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { unstable_rethrow } from "next/navigation"
import { toAddress } from "@/lib/account"
import {
  savingOf,
  subscriptionIntervalOf,
  SUBSCRIPTION_DISCOUNT_KEY,
  SUBSCRIPTION_INTERVAL_KEY,
  type Cart,
  type CartLine,
} from "@/lib/cart"
import type { Money } from "@/lib/catalog"
import { getCartId, removeCartId, setCartId } from "./cookies"
import { NotFoundError } from "./errors"
import { getRegionForCountry } from "./regions"
import { customerRequest, visitorRequest } from "./request"

/** The cart's default fields plus line totals and the shipping method's name. */
export const CART_FIELDS = "+items.total,+items.subtotal,+shipping_methods.name,+payment_collection.payment_sessions.data"

const CART_RESOURCE = "Your cart"

/** This visitor's open cart, or null when they have none (never created, completed, or deleted). */
export async function getCart(): Promise<Cart | null> {
  const cartId = await getCartId()
  if (!cartId) return null
  try {
    const { cart } = await visitorRequest(
      (sdk, headers) => sdk.store.cart.retrieve(encodeURIComponent(cartId), { fields: CART_FIELDS }, headers),
      { action: "loading the cart", resource: CART_RESOURCE }
    )
    return cart.completed_at ? null : toCart(cart)
  } catch (error) {
    if (error instanceof NotFoundError) return null
    throw error
  }
}

/** How many items the header's cart link shows; a broken cart must not break every page, so 0 then. */
export async function getCartItemCount(): Promise<number> {
  const cartId = await getCartId()
  if (!cartId) return 0
  try {
    const { cart } = await visitorRequest(
      (sdk, headers) => sdk.store.cart.retrieve(encodeURIComponent(cartId), { fields: "id,completed_at,items.id,items.quantity" }, headers),
      { action: "counting the cart's items", resource: CART_RESOURCE }
    )
    if (cart.completed_at) return 0
    return (cart.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
  } catch (error) {
    unstable_rethrow(error)
    return 0
  }
}

/**
 * The id of this visitor's open cart, creating one in the default region when needed. Only from a Server
 * Action: it may set the cart cookie.
 */
export async function getOrCreateCartId(): Promise<string> {
  const existing = await getCart()
  if (existing) return existing.id
  const region = await getRegionForCountry()
  // A logged-in customer's token goes along, so the backend links the new cart to the account.
  const { cart } = await visitorRequest((sdk, headers) => sdk.store.cart.create({ region_id: region.id }, undefined, headers), {
    action: "creating a cart",
    resource: CART_RESOURCE,
  })
  await setCartId(cart.id)
  return cart.id
}

export interface NewLine {
  variantId: string
  quantity: number
  /** Set for subscribe-and-save: the backend prices the line at the discounted price. */
  intervalDays?: number | null
}

/** Adds a line to this visitor's cart (creating the cart if needed) and returns the updated cart. */
export async function addLineItem(line: NewLine): Promise<Cart> {
  const cartId = await getOrCreateCartId()
  const body = {
    variant_id: line.variantId,
    quantity: line.quantity,
    ...(line.intervalDays ? { metadata: { [SUBSCRIPTION_INTERVAL_KEY]: line.intervalDays } } : {}),
  }
  const { cart } = await visitorRequest(
    (sdk, headers) => sdk.store.cart.createLineItem(encodeURIComponent(cartId), body, { fields: CART_FIELDS }, headers),
    { action: "adding to the cart", resource: "This product" }
  )
  return toCart(cart)
}

export async function updateLineItemQuantity(lineId: string, quantity: number): Promise<Cart> {
  const cartId = await requireCartId()
  const { cart } = await visitorRequest(
    (sdk, headers) =>
      sdk.store.cart.updateLineItem(encodeURIComponent(cartId), encodeURIComponent(lineId), { quantity }, { fields: CART_FIELDS }, headers),
    { action: "changing a quantity in the cart", resource: "That item" }
  )
  return toCart(cart)
}

export async function removeLineItem(lineId: string): Promise<void> {
  const cartId = await requireCartId()
  await visitorRequest(
    (sdk, headers) => sdk.store.cart.deleteLineItem(encodeURIComponent(cartId), encodeURIComponent(lineId), undefined, headers),
    { action: "removing an item from the cart", resource: "That item" }
  )
}

/** After a login: the guest cart becomes the customer's, which subscriptions need at checkout. */
export async function transferCartToCustomer(): Promise<void> {
  const cartId = await getCartId()
  if (!cartId) return
  try {
    await customerRequest((sdk, headers) => sdk.store.cart.transferCart(encodeURIComponent(cartId), undefined, headers), {
      action: "linking the cart to the customer",
      resource: CART_RESOURCE,
    })
  } catch (error) {
    // A cart that no longer exists is simply forgotten; the customer starts a new one.
    if (error instanceof NotFoundError) await removeCartId()
    else throw error
  }
}

export async function requireCartId(): Promise<string> {
  const cartId = await getCartId()
  if (!cartId) throw new NotFoundError(CART_RESOURCE)
  return cartId
}

const money = (amount: number | null | undefined, currencyCode: string): Money => ({
  amount: typeof amount === "number" && Number.isFinite(amount) ? amount : 0,
  currencyCode,
})

export function toCartLine(item: HttpTypes.StoreCartLineItem, currencyCode: string): CartLine {
  const intervalDays = subscriptionIntervalOf(item.metadata)
  const compareAt =
    typeof item.compare_at_unit_price === "number" && item.compare_at_unit_price > item.unit_price ? item.compare_at_unit_price : null
  const discount = item.metadata?.[SUBSCRIPTION_DISCOUNT_KEY]
  const saving = compareAt !== null ? savingOf(compareAt, item.unit_price, item.quantity) : 0
  return {
    id: item.id,
    variantId: item.variant_id ?? null,
    productHandle: item.product_handle ?? null,
    productTitle: item.product_title || item.title || "Item",
    variantTitle: item.variant_title ?? null,
    thumbnail: item.thumbnail ?? null,
    quantity: item.quantity,
    unitPrice: money(item.unit_price, currencyCode),
    compareAtUnitPrice: compareAt !== null ? money(compareAt, currencyCode) : null,
    total: money(item.total ?? item.subtotal ?? item.unit_price * item.quantity, currencyCode),
    subscription:
      intervalDays !== null
        ? {
            intervalDays,
            discountPercent: typeof discount === "number" ? discount : null,
            savingPerDelivery: saving > 0 ? money(saving, currencyCode) : null,
          }
        : null,
  }
}

export function toCart(cart: HttpTypes.StoreCart): Cart {
  const currency = cart.currency_code
  const method = cart.shipping_methods?.[0]
  const session = cart.payment_collection?.payment_sessions?.find((s) => s.status !== "canceled") ?? null
  const clientSecret = session?.data?.client_secret
  return {
    id: cart.id,
    email: cart.email ?? null,
    customerId: cart.customer_id ?? null,
    regionId: cart.region_id ?? null,
    currencyCode: currency,
    lines: (cart.items ?? []).map((item) => toCartLine(item, currency)),
    itemSubtotal: money(cart.item_subtotal ?? cart.subtotal, currency),
    shippingTotal: money(cart.shipping_total, currency),
    taxTotal: money(cart.tax_total, currency),
    discountTotal: money(cart.discount_total, currency),
    total: money(cart.total, currency),
    shippingAddress: toAddress(cart.shipping_address),
    shippingMethod: method
      ? { optionId: method.shipping_option_id ?? null, name: method.name ?? "Shipping", amount: money(method.amount, currency) }
      : null,
    paymentCollectionId: cart.payment_collection?.id ?? null,
    paymentSession: session
      ? {
          id: session.id,
          providerId: session.provider_id,
          status: session.status ?? "pending",
          clientSecret: typeof clientSecret === "string" ? clientSecret : null,
        }
      : null,
    countries: (cart.region?.countries ?? [])
      .flatMap((c) => (c.iso_2 ? [{ code: c.iso_2.toLowerCase(), name: c.display_name || c.iso_2.toUpperCase() }] : []))
      .sort((a, b) => a.name.localeCompare(b.name)),
  }
}
