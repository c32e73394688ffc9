"use server"

import { refresh } from "next/cache"
import { redirect } from "next/navigation"
import { parseAddressForm, sameAddress, type AddressFields } from "@/lib/address-form"
import { checkoutPaymentMode, hasSubscriptionLine, STRIPE_PAYMENT_PROVIDER, SYSTEM_PAYMENT_PROVIDER } from "@/lib/cart"
import { getCart } from "@/lib/data/cart"
import { listPaymentProviders, placeOrder, setCartContact, setShippingMethod, startPaymentSession } from "@/lib/data/checkout"
import { addAddress, getCustomer } from "@/lib/data/customer"
import { customerMessage } from "@/lib/data/errors"
import { failed, isEmail, succeeded, textField, type ActionState } from "@/lib/forms"

const NO_CART = "Your cart is empty or has expired. Please add your items again."
const PAYMENTS_UNAVAILABLE = "We can't take payments right now, so orders can't be placed. Please try again later."
const SUBSCRIPTION_NEEDS_ACCOUNT = "Subscriptions need a customer account. Please log in or create an account before placing your order."

/** Step 1: email and delivery address. */
export async function saveContactAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const email = textField(formData, "email", 254)
  if (!isEmail(email)) return failed("Please enter a valid email address, like name@example.com.")
  const parsed = parseAddressForm(formData)
  if (!parsed.ok) return failed(parsed.message)
  try {
    await setCartContact({ email, address: parsed.address })
  } catch (error) {
    return failed(customerMessage(error, "We couldn't save your address. Please try again."))
  }
  await keepInAddressBook(parsed.address)
  refresh()
  return succeeded("Address saved. Now choose how we ship it.")
}

/**
 * A logged-in customer's checkout address goes into their address book (the first becomes the default), unless
 * it is there already. The order does not depend on it: a failure here is logged, not shown.
 */
async function keepInAddressBook(address: AddressFields): Promise<void> {
  try {
    const customer = await getCustomer()
    if (!customer || customer.addresses.some((saved) => sameAddress(saved, address))) return
    await addAddress(address, customer.addresses.length === 0)
  } catch (error) {
    console.error("Could not add the checkout address to the address book", error)
  }
}

/** Step 1 for a logged-in customer: deliver to one of their saved addresses. */
export async function deliverToSavedAddressAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const addressId = textField(formData, "address_id", 100)
  try {
    const customer = await getCustomer()
    if (!customer) return failed("Please log in to use a saved address.")
    // Only the customer's own addresses: another id is as unknown as a made-up one.
    const saved = customer.addresses.find((a) => a.id === addressId)
    if (!saved) return failed("Please choose one of your saved addresses.")
    const cart = await getCart()
    if (!cart) return failed(NO_CART)
    const { id: _id, isDefaultShipping: _default, ...address } = saved
    await setCartContact({ email: cart.email ?? customer.email, address })
  } catch (error) {
    return failed(customerMessage(error, "We couldn't use that address. Please try again."))
  }
  refresh()
  return succeeded("Address saved. Now choose how we ship it.")
}

/** Step 2: the shipping method. */
export async function chooseShippingAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const optionId = textField(formData, "option_id", 100)
  if (!optionId) return failed("Please choose a shipping method.")
  try {
    await setShippingMethod(optionId)
  } catch (error) {
    return failed(customerMessage(error, "We couldn't set that shipping method. Please try again."))
  }
  refresh()
  return succeeded("Shipping method saved.")
}

/** Step 3: the payment method. Stripe only when the backend offers it and the storefront has its key. */
export async function choosePaymentAction(_state: ActionState, formData: FormData): Promise<ActionState> {
  const providerId = textField(formData, "provider_id", 100)
  try {
    const cart = await getCart()
    if (!cart?.regionId) return failed(NO_CART)
    const usable = (await listPaymentProviders(cart.regionId)).map((p) => p.id)
    if (!usable.includes(providerId)) return failed("Please choose one of the payment methods shown.")
    // A subscription's card is kept for its renewals.
    const data = providerId === STRIPE_PAYMENT_PROVIDER && hasSubscriptionLine(cart) ? { setup_future_usage: "off_session" } : undefined
    await startPaymentSession(cart, providerId, data)
  } catch (error) {
    return failed(customerMessage(error, "We couldn't set up the payment. Please try again."))
  }
  refresh()
  return succeeded("Payment method saved. Review your order and place it.")
}

/** "Place order": checks what the backend would refuse with a clearer message, then completes the cart. */
export async function placeOrderAction(_state: ActionState, _formData: FormData): Promise<ActionState> {
  let orderId: string
  try {
    const cart = await getCart()
    if (!cart || cart.lines.length === 0) return failed(NO_CART)
    if (hasSubscriptionLine(cart) && !(await getCustomer())) return failed(SUBSCRIPTION_NEEDS_ACCOUNT)
    if (!cart.email || !cart.shippingAddress) return failed("Please save your email and delivery address first.")
    if (!cart.shippingMethod) return failed("Please choose a shipping method first.")
    if (!cart.paymentSession) {
      // A demo store's only payment needs no choice; anywhere else the customer picks one first.
      const usable = cart.regionId ? (await listPaymentProviders(cart.regionId)).map((p) => p.id) : []
      const mode = checkoutPaymentMode(usable)
      if (mode === "unavailable") return failed(PAYMENTS_UNAVAILABLE)
      if (mode === "card") return failed("Please choose a payment method first.")
      await startPaymentSession(cart, SYSTEM_PAYMENT_PROVIDER)
    }
    const result = await placeOrder()
    if (!result.ok) return failed(result.message)
    orderId = result.orderId
  } catch (error) {
    return failed(customerMessage(error, "We couldn't place your order. Nothing was charged; please try again."))
  }
  redirect(`/order/confirmed/${encodeURIComponent(orderId)}`)
}
