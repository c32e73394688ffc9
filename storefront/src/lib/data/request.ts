import "server-only"
import type Medusa from "@medusajs/js-sdk"
import { FetchError, type ClientHeaders } from "@medusajs/js-sdk"
import { headers } from "next/headers"
import { uncachedMedusa } from "./client"
import { getAuthToken } from "./cookies"
import { NotAuthenticatedError, toBackendError } from "./errors"

/** What a failed call was doing, for the log line, and what it was about, for "… could not be found". */
export interface RequestContext {
  action: string
  resource?: string
}

/**
 * One call through the js-sdk (a typed sdk.store.* method, or shopRoutes for the shop's own routes), given
 * the headers it must send: the visitor's login, if any, after whatever the caller adds.
 */
export type SdkCall<T> = (sdk: Medusa, headers: ClientHeaders) => Promise<T>

/**
 * A call about this visitor's own things (their cart, their checkout): never cached, and sent with the
 * customer's token when one is logged in so the backend can link the cart to the account.
 */
export async function visitorRequest<T>(call: SdkCall<T>, context: RequestContext, extraHeaders: ClientHeaders = {}): Promise<T> {
  const token = await getAuthToken()
  try {
    return await call(uncachedMedusa(), { ...extraHeaders, ...(token ? { authorization: `Bearer ${token}` } : {}) })
  } catch (error) {
    throw toBackendError(error, context.action, context.resource)
  }
}

/**
 * A call only a logged-in customer may make (/store/customers/me/…, orders). Without a token, or with an
 * expired one, it is NotAuthenticatedError, which pages turn into the login form.
 */
export async function customerRequest<T>(call: SdkCall<T>, context: RequestContext, extraHeaders: ClientHeaders = {}): Promise<T> {
  const token = await getAuthToken()
  if (!token) throw new NotAuthenticatedError()
  try {
    return await call(uncachedMedusa(), { ...extraHeaders, authorization: `Bearer ${token}` })
  } catch (error) {
    if (error instanceof FetchError && error.status === 401) throw new NotAuthenticatedError()
    throw toBackendError(error, context.action, context.resource)
  }
}

/**
 * A call that sends no login (signing in, asking for a link): never cached; failures are the caller's to word.
 */
export function anonymousCall<T>(call: SdkCall<T>, extraHeaders: ClientHeaders = {}): Promise<T> {
  return call(uncachedMedusa(), extraHeaders)
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
