import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { toStoreAddress, type Address } from "@/lib/account"
import { STRIPE_PAYMENT_PROVIDER, type Cart, type PaymentProvider, type ShippingOption } from "@/lib/cart"
import { stripePublishableKey } from "@/lib/env"
import { CART_FIELDS, requireCartId, toCart } from "./cart"
import { removeCartId, setPlacedOrderId } from "./cookies"
import { BackendRequestError, customerMessage } from "./errors"
import { visitorRequest } from "./request"

/** Step one: who the order is for and where it goes. The billing address is the delivery address. */
export async function setCartContact(input: { email: string; address: Omit<Address, "id" | "isDefaultShipping"> }): Promise<Cart> {
  const cartId = await requireCartId()
  const address = toStoreAddress(input.address)
  const body = { email: input.email, shipping_address: address, billing_address: address }
  const { cart } = await visitorRequest(
    (sdk, headers) => sdk.store.cart.update(encodeURIComponent(cartId), body, { fields: CART_FIELDS }, headers),
    { action: "saving the delivery address", resource: "Your cart" }
  )
  return toCart(cart)
}

/** The ways this cart can be shipped to its address, with their prices. */
export async function listShippingOptions(cart: Pick<Cart, "id" | "currencyCode">): Promise<ShippingOption[]> {
  const { shipping_options } = await visitorRequest(
    (sdk, headers) => sdk.store.fulfillment.listCartOptions({ cart_id: cart.id }, headers),
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
  const { cart } = await visitorRequest(
    (sdk, headers) =>
      sdk.store.cart.addShippingMethod(encodeURIComponent(cartId), { option_id: optionId }, { fields: CART_FIELDS }, headers),
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
  const { payment_providers } = await visitorRequest(
    (sdk, headers) => sdk.store.payment.listPaymentProviders({ region_id: regionId }, headers),
    { action: "listing payment providers", resource: "Payment methods" }
  )
  // is_enabled is not in Medusa's store type; a provider that reports it false is still left out.
  return (payment_providers as (HttpTypes.StorePaymentProvider & { is_enabled?: boolean })[])
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
    // The sdk creates a collection only inside initiatePaymentSession; done apart, its failure says what failed.
    const { payment_collection } = await visitorRequest(
      (sdk, headers) =>
        sdk.client.fetch<HttpTypes.StorePaymentCollectionResponse>("/store/payment-collections", {
          method: "POST",
          headers,
          body: { cart_id: cart.id },
        }),
      { action: "preparing the payment", resource: "Your cart" }
    )
    collectionId = payment_collection.id
  }
  // With the collection known, initiatePaymentSession only opens the session; it reads nothing else of the cart.
  const withCollection = { id: cart.id, payment_collection: { id: encodeURIComponent(collectionId) } } as HttpTypes.StoreCart
  await visitorRequest(
    (sdk, headers) =>
      sdk.store.payment.initiatePaymentSession(withCollection, { provider_id: providerId, ...(data ? { data } : {}) }, undefined, headers),
    { action: "starting the payment", resource: "That payment method" }
  )
}

export type PlaceOrderResult = { ok: true; orderId: string } | { ok: false; message: string }

/**
 * Places the order. On success the cart is finished, so its cookie goes and the order id is remembered for
 * the confirmation page. A refusal (payment declined, a subscription without an account) is a message.
 */
export async function placeOrder(): Promise<PlaceOrderResult> {
  const cartId = await requireCartId()
  let response: HttpTypes.StoreCompleteCartResponse
  try {
    response = await visitorRequest((sdk, headers) => sdk.store.cart.complete(encodeURIComponent(cartId), undefined, headers), {
      action: "placing the order",
      resource: "Your cart",
    })
  } catch (error) {
    if (error instanceof BackendRequestError) return { ok: false, message: customerMessage(error) }
    throw error
  }
  if (response.type === "order") {
    await removeCartId()
    await setPlacedOrderId(response.order.id, cartId)
    return { ok: true, orderId: response.order.id }
  }
  // The refusal may come as a bare string or as { message }.
  const error: unknown = response.error
  const detail = typeof error === "string" ? error : (error as { message?: string } | undefined)?.message
  return {
    ok: false,
    message: customerMessage(
      new BackendRequestError("The cart could not be completed.", 400, { detail: detail ?? "" }),
      "Your payment could not be completed. Please check your details and try again."
    ),
  }
}
