import type { AxiosInstance } from "axios"
import { readEnv } from "../../src/config/env"
import { registrationToken } from "../../src/lib/registration-links"
import { storeHeaders } from "./seeded-shop"

export interface Shopper {
  id: string
  email: string
  /** Headers for store requests as this customer: publishable key and bearer token. */
  headers: { headers: Record<string, string> }
}

/**
 * The token of the link /store/registrations would email to this address, signed as the app signs it (the
 * tests run the app in this process, with the same secret): registration-privacy.spec follows the real email.
 */
export const registrationLinkToken = (email: string, extra: { next?: string; order_id?: string } = {}, now = new Date()) =>
  registrationToken(readEnv().NEWSLETTER_SECRET, { email, ...extra }, now)

/** Registers a customer account through the store API, the way the storefront does after the emailed link, and logs it in. */
export async function registerCustomer(api: AxiosInstance, publishableKey: string, email: string): Promise<Shopper> {
  const password = "correct horse battery staple"
  const { data: registration } = await api.post("/auth/customer/emailpass/register", {
    email,
    password,
    registration_token: registrationLinkToken(email),
  })
  const { data: created } = await api.post(
    "/store/customers",
    { email, first_name: email.split("@")[0], last_name: "Tester" },
    { headers: { ...storeHeaders(publishableKey).headers, authorization: `Bearer ${registration.token}` } }
  )
  const { data: login } = await api.post("/auth/customer/emailpass", { email, password })
  return {
    id: created.customer.id,
    email,
    headers: { headers: { ...storeHeaders(publishableKey).headers, authorization: `Bearer ${login.token}` } },
  }
}

export const US_ADDRESS = {
  first_name: "Rosa",
  last_name: "Diaz",
  address_1: "400 SW 6th Ave",
  city: "Portland",
  province: "OR",
  postal_code: "97204",
  country_code: "us",
}

export interface CheckoutLine {
  variant_id: string
  quantity: number
  interval_days?: number
}

/**
 * Walks a cart to the point of completion: lines, addresses, shipping and a payment session (the system
 * provider's unless `payment` says otherwise). `tamper` runs after the lines are added, as a client editing its cart would.
 */
export async function prepareCheckout(
  api: AxiosInstance,
  headers: { headers: Record<string, string> },
  input: {
    region_id: string
    email: string
    lines: CheckoutLine[]
    tamper?: (cartId: string) => Promise<void>
    /** How to pay: the system provider unless said otherwise (Stripe: `{ provider_id: "pp_stripe_stripe", data }`). */
    payment?: { provider_id: string; data?: Record<string, unknown> }
  }
): Promise<string> {
  const { data: created } = await api.post("/store/carts", { region_id: input.region_id, email: input.email }, headers)
  const cartId = created.cart.id as string
  for (const line of input.lines) {
    await api.post(
      `/store/carts/${cartId}/line-items`,
      {
        variant_id: line.variant_id,
        quantity: line.quantity,
        ...(line.interval_days ? { metadata: { subscription_interval_days: line.interval_days } } : {}),
      },
      headers
    )
  }
  await input.tamper?.(cartId)
  await api.post(`/store/carts/${cartId}`, { shipping_address: US_ADDRESS, billing_address: US_ADDRESS }, headers)
  const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, headers)
  const standard = options.shipping_options.find((o: { name: string }) => o.name.startsWith("Standard"))
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: standard.id }, headers)
  const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
  await api.post(
    `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
    input.payment ?? { provider_id: "pp_system_default" },
    headers
  )
  return cartId
}

/** Walks a cart through checkout with the system payment provider and returns the completion response. */
export async function checkout(
  api: AxiosInstance,
  headers: { headers: Record<string, string> },
  input: { region_id: string; email: string; lines: CheckoutLine[] }
) {
  const cartId = await prepareCheckout(api, headers, input)
  const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, headers).catch(explain("complete the cart"))
  return { cartId, completion: data }
}

/** Looks up a seeded variant id by product handle and size title. */
export async function variantId(api: AxiosInstance, publishableKey: string, handle: string, title: string) {
  const { data } = await api.get(`/store/products?handle=${handle}&fields=variants.id,variants.title`, storeHeaders(publishableKey))
  const variant = data.products[0]?.variants.find((v: { title: string }) => v.title === title)
  if (!variant) throw new Error(`no variant ${title} of ${handle}`)
  return variant.id as string
}

/** Turns an axios failure into an error that says what the API answered. */
export const explain = (what: string) => (e: { response?: { status: number; data: unknown } }) => {
  if (!e.response) throw e
  throw new Error(`Could not ${what}: ${e.response.status} ${JSON.stringify(e.response.data)}`)
}
