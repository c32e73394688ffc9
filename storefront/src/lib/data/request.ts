import "server-only"
import { FetchError, type FetchArgs } from "@medusajs/js-sdk"
import { headers } from "next/headers"
import { medusa } from "./client"
import { getAuthToken } from "./cookies"
import { NotAuthenticatedError, toBackendError } from "./errors"

/** What a failed call was doing, for the log line, and what it was about, for "… could not be found". */
export interface RequestContext {
  action: string
  resource?: string
}

/**
 * A call about this visitor's own things (their cart, their checkout): never cached, and sent with the
 * customer's token when one is logged in so the backend can link the cart to the account.
 */
export async function visitorRequest<T>(path: string, init: FetchArgs, context: RequestContext): Promise<T> {
  const token = await getAuthToken()
  try {
    return await medusa().client.fetch<T>(path, {
      ...init,
      headers: { ...init.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      cache: "no-store",
    })
  } catch (error) {
    throw toBackendError(error, context.action, context.resource)
  }
}

/**
 * A call only a logged-in customer may make (/store/customers/me/…, orders). Without a token, or with an
 * expired one, it is NotAuthenticatedError, which pages turn into the login form.
 */
export async function customerRequest<T>(path: string, init: FetchArgs, context: RequestContext): Promise<T> {
  const token = await getAuthToken()
  if (!token) throw new NotAuthenticatedError()
  try {
    return await medusa().client.fetch<T>(path, {
      ...init,
      headers: { ...init.headers, authorization: `Bearer ${token}` },
      cache: "no-store",
    })
  } catch (error) {
    if (error instanceof FetchError && error.status === 401) throw new NotAuthenticatedError()
    throw toBackendError(error, context.action, context.resource)
  }
}

/**
 * For forms the backend rate-limits per client address (login, sign-ups, feedback, order lookup): the
 * shopper's address, which the backend only believes with the secret it shares with the storefront. Only from
 * Server Actions, which are per request anyway.
 */
export async function shopperAddressHeaders(): Promise<Record<string, string>> {
  const secret = process.env.REVALIDATE_SECRET
  if (!secret) return {}
  const incoming = await headers()
  const address = incoming.get("x-forwarded-for")?.split(",")[0]?.trim() || incoming.get("x-real-ip")?.trim()
  return address ? { "x-storefront-client-ip": address, "x-storefront-secret": secret } : {}
}
