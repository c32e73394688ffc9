import "server-only"
import { toStoreAddress, type Address } from "@/lib/account"
import { STRIPE_PAYMENT_PROVIDER, type Cart, type PaymentProvider, type ShippingOption } from "@/lib/cart"
import { stripePublishableKey } from "@/lib/env"
import { CART_FIELDS, requireCartId, toCart, type CartResponse, type StoreCart } from "./cart"
import { removeCartId, setPlacedOrderId } from "./cookies"
import { BackendRequestError, customerMessage } from "./errors"
import { visitorRequest } from "./request"

const cartPath = (cartId: string, rest = "") => `/store/carts/${encodeURIComponent(cartId)}${rest}`

/** Step one: who the order is for and where it goes. The billing address is the delivery address. */
export async function setCartContact(input: { email: string; address: Omit<Address, "id" | "isDefaultShipping"> }): Promise<Cart> {
  const cartId = await requireCartId()
  const address = toStoreAddress(input.address)
  const { cart } = await visitorRequest<CartResponse>(
    cartPath(cartId),
    { method: "POST", query: { fields: CART_FIELDS }, body: { email: input.email, shipping_address: address, billing_address: address } },
    { action: "saving the delivery address", resource: "Your cart" }
  )
  return toCart(cart)
}

interface ShippingOptionsResponse {
  shipping_options: {
    id: string
    name: string
    amount?: number | null
    calculated_price?: { calculated_amount?: number | null } | null
  }[]
}

/** The ways this cart can be shipped to its address, with their prices. */
export async function listShippingOptions(cart: Pick<Cart, "id" | "currencyCode">): Promise<ShippingOption[]> {
  const { shipping_options } = await visitorRequest<ShippingOptionsResponse>(
    "/store/shipping-options",
    { query: { cart_id: cart.id } },
    { action: "listing shipping options", resource: "Shipping options" }
  )
  return shipping_options.map((option) => {
    const amount = option.calculated_price?.calculated_amount ?? option.amount
    return {
      id: option.id,
      name: option.name,
      amount: typeof amount === "number" ? { amount, currencyCode: cart.currencyCode } : null,
    }
  })
}

export async function setShippingMethod(optionId: string): Promise<Cart> {
  const cartId = await requireCartId()
  const { cart } = await visitorRequest<CartResponse>(
    cartPath(cartId, "/shipping-methods"),
    { method: "POST", query: { fields: CART_FIELDS }, body: { option_id: optionId } },
    { action: "choosing a shipping method", resource: "That shipping method" }
  )
  return toCart(cart)
}

/**
 * The payment methods the storefront can take in the cart's region: what the backend offers (Stripe alone,
 * or the demo payment alone in a demo store), Stripe only with the storefront's publishable key (without it
 * Elements cannot load). The checkout page shows these, and the actions accept only these.
 */
export async function listPaymentProviders(regionId: string): Promise<PaymentProvider[]> {
  const { payment_providers } = await visitorRequest<{ payment_providers: { id: string; is_enabled?: boolean }[] }>(
    "/store/payment-providers",
    { query: { region_id: regionId } },
    { action: "listing payment providers", resource: "Payment methods" }
  )
  return payment_providers
    .filter((p) => p.is_enabled !== false && (p.id !== STRIPE_PAYMENT_PROVIDER || stripePublishableKey()))
    .map((p) => ({ id: p.id }))
}

/**
 * Starts paying with a provider: makes sure the cart has a payment collection, then opens a session.
 * `data` goes to the provider (for Stripe: keep the card for subscription renewals).
 */
export async function startPaymentSession(
  cart: Pick<Cart, "id" | "paymentCollectionId">,
  providerId: string,
  data?: Record<string, unknown>
): Promise<void> {
  let collectionId = cart.paymentCollectionId
  if (!collectionId) {
    const { payment_collection } = await visitorRequest<{ payment_collection: { id: string } }>(
      "/store/payment-collections",
      { method: "POST", body: { cart_id: cart.id } },
      { action: "preparing the payment", resource: "Your cart" }
    )
    collectionId = payment_collection.id
  }
  await visitorRequest(
    `/store/payment-collections/${encodeURIComponent(collectionId)}/payment-sessions`,
    { method: "POST", body: { provider_id: providerId, ...(data ? { data } : {}) } },
    { action: "starting the payment", resource: "That payment method" }
  )
}

export type PlaceOrderResult = { ok: true; orderId: string } | { ok: false; message: string }

type CompleteResponse =
  | { type: "order"; order: { id: string } }
  | { type: "cart"; cart?: StoreCart; error?: { message?: string } | string }

/**
 * Places the order. On success the cart is finished, so its cookie goes and the order id is remembered for
 * the confirmation page. A refusal (payment declined, a subscription without an account) is a message.
 */
export async function placeOrder(): Promise<PlaceOrderResult> {
  const cartId = await requireCartId()
  let response: CompleteResponse
  try {
    response = await visitorRequest<CompleteResponse>(
      cartPath(cartId, "/complete"),
      { method: "POST", body: {} },
      { action: "placing the order", resource: "Your cart" }
    )
  } catch (error) {
    if (error instanceof BackendRequestError) return { ok: false, message: customerMessage(error) }
    throw error
  }
  if (response.type === "order") {
    await removeCartId()
    await setPlacedOrderId(response.order.id, cartId)
    return { ok: true, orderId: response.order.id }
  }
  const detail = typeof response.error === "string" ? response.error : response.error?.message
  return {
    ok: false,
    message: customerMessage(
      new BackendRequestError("The cart could not be completed.", 400, { detail: detail ?? "" }),
      "Your payment could not be completed. Please check your details and try again."
    ),
  }
}
