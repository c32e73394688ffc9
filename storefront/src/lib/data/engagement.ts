import "server-only"
import { shopperAddressHeaders, visitorRequest } from "./request"
import { shopRoutes } from "./shop-client"

/**
 * Where a reader stands after signing up: "pending" means a confirmation email is on its way (double
 * opt-in), "subscribed" that the address was confirmed before and no email was sent.
 */
export type NewsletterSignUpStatus = "pending" | "subscribed"

/** The public view of a newsletter entry: only the address and where it stands. */
export interface NewsletterSubscription {
  email: string
  status: NewsletterSignUpStatus | "unsubscribed"
}

const NEWSLETTER = { resource: "Newsletter sign-up" } as const

/**
 * Newsletter sign-up; signing up twice is harmless (the backend answers 200 for a known address). A new or
 * returning reader is "pending" until they click the link in the confirmation email.
 */
export async function subscribeToNewsletter(email: string, source?: string): Promise<NewsletterSignUpStatus> {
  const { newsletter_subscription } = await visitorRequest(
    (sdk, headers) => shopRoutes(sdk).newsletter.subscribe({ email, ...(source ? { source } : {}) }, headers),
    { action: "signing up for the newsletter", ...NEWSLETTER },
    await shopperAddressHeaders()
  )
  // Only "subscribed" means no email was sent; for anything else the reader should look for one.
  return newsletter_subscription?.status === "subscribed" ? "subscribed" : "pending"
}

/**
 * The reader clicked "Confirm" on the page behind their email's link. Idempotent; a bad or expired token is
 * a BackendRequestError (400), and so is an address that unsubscribed since (409), each with the backend's
 * reason for the reader.
 */
export async function confirmNewsletter(token: string): Promise<NewsletterSubscription> {
  const { newsletter_subscription } = await visitorRequest((sdk, headers) => shopRoutes(sdk).newsletter.confirm(token, headers), {
    action: "confirming a newsletter sign-up",
    ...NEWSLETTER,
  })
  return { email: newsletter_subscription.email, status: "subscribed" }
}

/** The reader clicked "Unsubscribe" on the page behind their email's link. Idempotent. */
export async function unsubscribeFromNewsletter(token: string): Promise<NewsletterSubscription> {
  const { newsletter_subscription } = await visitorRequest((sdk, headers) => shopRoutes(sdk).newsletter.unsubscribe(token, headers), {
    action: "unsubscribing from the newsletter",
    ...NEWSLETTER,
  })
  return { email: newsletter_subscription.email, status: "unsubscribed" }
}

/**
 * "Notify me" on a sold-out size. A logged-in customer's token goes along, so the request is linked to their
 * account at once; a guest is emailed a link to confirm first. Returns the backend's answer for the shopper
 * (the same whether or not the address was already on the list).
 */
export async function requestBackInStockNotice(variantId: string, email: string): Promise<string | null> {
  const answer = await visitorRequest(
    (sdk, headers) => shopRoutes(sdk).backInStock.request({ variant_id: variantId, email }, headers),
    { action: "asking for a back-in-stock email", resource: "Back-in-stock emails" },
    await shopperAddressHeaders()
  )
  return typeof answer?.message === "string" ? answer.message : null
}

/** The guest clicked "Confirm" on the page behind the confirmation email's link. Idempotent; a bad or expired token is a 400. */
export async function confirmBackInStockNotice(token: string): Promise<{ product_title: string; variant_title: string; email: string }> {
  const { back_in_stock_request } = await visitorRequest((sdk, headers) => shopRoutes(sdk).backInStock.confirm(token, headers), {
    action: "confirming a back-in-stock email",
    resource: "Back-in-stock emails",
  })
  return back_in_stock_request
}
