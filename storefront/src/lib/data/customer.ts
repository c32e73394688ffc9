import "server-only"
import { FetchError } from "@medusajs/js-sdk"
import { redirect } from "next/navigation"
import { toAddress, toStoreAddress, type Address, type Customer, type StoreAddress } from "@/lib/account"
import { medusa } from "./client"
import { getAuthToken, removeAuthToken, removeCartId, setAuthToken } from "./cookies"
import { NotAuthenticatedError, toBackendError } from "./errors"
import { customerRequest, shopperAddressHeaders } from "./request"

interface StoreCustomer {
  id: string
  email: string
  first_name?: string | null
  last_name?: string | null
  addresses?: StoreAddress[] | null
}

/** Why a login or registration was refused, in words for the form. */
export class AuthError extends Error {
  override name = "AuthError"
}

async function authenticate(path: string, body: { email: string; password: string; registration_token?: string }): Promise<string> {
  const registering = path.endsWith("/register")
  try {
    const response = await medusa().client.fetch<{ token?: string }>(path, {
      method: "POST",
      headers: await shopperAddressHeaders(),
      body,
      cache: "no-store",
    })
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
export async function requestRegistrationLink(input: { email: string; next?: string | undefined; orderId?: string | undefined }): Promise<void> {
  try {
    await medusa().client.fetch("/store/registrations", {
      method: "POST",
      headers: await shopperAddressHeaders(),
      body: { email: input.email, ...(input.next ? { next: input.next } : {}), ...(input.orderId ? { order_id: input.orderId } : {}) },
      cache: "no-store",
    })
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
    const { registration } = await medusa().client.fetch<{ registration: { email: string; next: string | null; order_id: string | null } }>(
      "/store/registrations/verify",
      { method: "POST", body: { token }, cache: "no-store" }
    )
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
  const registrationToken = await authenticate("/auth/customer/emailpass/register", { email, password: input.password, registration_token: token })
  try {
    await medusa().client.fetch("/store/customers", {
      method: "POST",
      headers: { authorization: `Bearer ${registrationToken}` },
      body: { email, first_name: input.firstName, last_name: input.lastName },
      cache: "no-store",
    })
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
    const { customer } = await customerRequest<{ customer: StoreCustomer }>(
      "/store/customers/me",
      { query: { fields: "id,email,first_name,last_name,*addresses" } },
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
    "/store/customers/me/addresses",
    { method: "POST", body: { ...toStoreAddress(address), is_default_shipping: isDefaultShipping } },
    { action: "adding an address", resource: "Your address" }
  )
}

export async function updateAddress(addressId: string, address: AddressInput): Promise<void> {
  await customerRequest(
    `/store/customers/me/addresses/${encodeURIComponent(addressId)}`,
    { method: "POST", body: toStoreAddress(address) },
    { action: "updating an address", resource: "That address" }
  )
}

export async function deleteAddress(addressId: string): Promise<void> {
  await customerRequest(
    `/store/customers/me/addresses/${encodeURIComponent(addressId)}`,
    { method: "DELETE" },
    { action: "deleting an address", resource: "That address" }
  )
}

function toCustomer(customer: StoreCustomer): Customer {
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
