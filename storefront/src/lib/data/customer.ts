import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import type { HttpTypes } from "@medusajs/types"
import { redirect } from "next/navigation"
import { toAddress, toStoreAddress, type Address, type Customer } from "@/lib/account"
import { getAuthToken, removeAuthToken, removeCartId, setAuthToken } from "./cookies"
import { NotAuthenticatedError, toBackendError } from "./errors"
import { anonymousCall, customerRequest, shopperAddressHeaders } from "./request"
import { shopRoutes } from "./shop-client"

/** Why a login or registration was refused, in words for the form. */
export class AuthError extends Error {
  override name = "AuthError"
}

async function authenticate(path: string, body: { email: string; password: string; registration_token?: string }): Promise<string> {
  const registering = path.endsWith("/register")
  try {
    // Not sdk.auth.login/register: they cannot send the shopper-address headers the backend rate-limits by.
    const response = await anonymousCall(
      (sdk, headers) => sdk.client.fetch<{ token?: string }>(path, { method: "POST", headers, body }),
      await shopperAddressHeaders()
    )
    if (!response.token) throw new AuthError("This login needs another step we do not support yet.")
    return response.token
  } catch (error) {
    if (error instanceof AuthError) throw error
    if (error instanceof FetchError && (error.status === 401 || error.status === 400 || error.status === 409)) {
      // A registration runs only with the emailed link, which proves the inbox is the visitor's: its refusal
      // may say why. A login's refusal never does.
      throw new AuthError(registering && error.message ? error.message : "The email or password is not right. Please try again.")
    }
    throw toBackendError(error, registering ? "registering" : "logging in", "Your account")
  }
}

/** Logs a customer in and keeps the token in the httpOnly cookie. Only from a Server Action. */
export async function login(email: string, password: string): Promise<void> {
  const token = await authenticate("/auth/customer/emailpass", { email, password })
  await setAuthToken(token)
}

/**
 * The first step of registering: the backend emails the address a link to finish (or, when it already has an
 * account, a note to log in), and answers the same either way.
 */
export async function requestRegistrationLink(input: {
  email: string
  next?: string | undefined
  orderId?: string | undefined
}): Promise<void> {
  try {
    const body = { email: input.email, ...(input.next ? { next: input.next } : {}), ...(input.orderId ? { order_id: input.orderId } : {}) }
    await anonymousCall((sdk, headers) => shopRoutes(sdk).registrations.request(body, headers), await shopperAddressHeaders())
  } catch (error) {
    throw toBackendError(error, "asking for a registration link", "Registration")
  }
}

/** What an emailed registration link is for. */
export interface RegistrationLink {
  token: string
  email: string
  next: string | null
  orderId: string | null
}

/** Why a registration link cannot be used (expired, not ours), in words for the page. */
export class RegistrationLinkError extends Error {
  override name = "RegistrationLinkError"
}

/** Reads a registration link's token with the backend, which alone can check its signature and age. */
export async function readRegistrationLink(token: string): Promise<RegistrationLink> {
  try {
    const { registration } = await anonymousCall((sdk, headers) => shopRoutes(sdk).registrations.verify(token, headers))
    return { token, email: registration.email, next: registration.next, orderId: registration.order_id }
  } catch (error) {
    if (error instanceof FetchError && error.status === 400) {
      throw new RegistrationLinkError(error.message || "This link is not valid. Please ask for a new one.")
    }
    throw toBackendError(error, "reading a registration link", "Registration")
  }
}

/**
 * Registers a customer from their emailed link: an identity with the password (Medusa accepts it only with the
 * link's token), then the customer record made with that identity's token, then a login, whose token now
 * names the customer. Only from a Server Action.
 */
export async function register(input: { link: RegistrationLink; password: string; firstName: string; lastName: string }): Promise<void> {
  const { email, token } = input.link
  const registrationToken = await authenticate("/auth/customer/emailpass/register", {
    email,
    password: input.password,
    registration_token: token,
  })
  try {
    await anonymousCall(
      (sdk, headers) => sdk.store.customer.create({ email, first_name: input.firstName, last_name: input.lastName }, undefined, headers),
      { authorization: `Bearer ${registrationToken}` }
    )
  } catch (error) {
    throw toBackendError(error, "creating the customer", "Your account")
  }
  await login(email, input.password)
}

/** Forgets the login and the cart that belonged to it. */
export async function logout(): Promise<void> {
  await removeAuthToken()
  await removeCartId()
}

/** The logged-in customer, or null for a guest or an expired login. */
export async function getCustomer(): Promise<Customer | null> {
  if (!(await getAuthToken())) return null
  try {
    const { customer } = await customerRequest(
      (sdk, headers) => sdk.store.customer.retrieve({ fields: "id,email,first_name,last_name,*addresses" }, headers),
      { action: "loading the customer", resource: "Your account" }
    )
    return toCustomer(customer)
  } catch (error) {
    if (error instanceof NotAuthenticatedError) return null
    throw error
  }
}

/**
 * The logged-in customer for a page under /account; a guest (or an expired login) is sent to the login
 * form, which brings them back afterwards. Account data is never rendered for a visitor without a login.
 */
export async function requireCustomer(returnTo: string): Promise<Customer> {
  const customer = await getCustomer()
  if (!customer) redirect(`/account/login?next=${encodeURIComponent(returnTo)}`)
  return customer
}

export type AddressInput = Omit<Address, "id" | "isDefaultShipping">

export async function addAddress(address: AddressInput, isDefaultShipping = false): Promise<void> {
  await customerRequest(
    (sdk, headers) =>
      sdk.store.customer.createAddress({ ...toStoreAddress(address), is_default_shipping: isDefaultShipping }, undefined, headers),
    { action: "adding an address", resource: "Your address" }
  )
}

export async function updateAddress(addressId: string, address: AddressInput): Promise<void> {
  await customerRequest(
    (sdk, headers) => sdk.store.customer.updateAddress(encodeURIComponent(addressId), toStoreAddress(address), undefined, headers),
    { action: "updating an address", resource: "That address" }
  )
}

export async function deleteAddress(addressId: string): Promise<void> {
  await customerRequest((sdk, headers) => sdk.store.customer.deleteAddress(encodeURIComponent(addressId), headers), {
    action: "deleting an address",
    resource: "That address",
  })
}

function toCustomer(customer: HttpTypes.StoreCustomer): Customer {
  return {
    id: customer.id,
    email: customer.email,
    firstName: customer.first_name ?? "",
    lastName: customer.last_name ?? "",
    addresses: (customer.addresses ?? []).flatMap((a) => {
      const address = toAddress(a)
      return address ? [address] : []
    }),
  }
}
