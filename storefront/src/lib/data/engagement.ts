import "server-only"
import { shopperAddressHeaders, visitorRequest } from "./request"

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

interface NewsletterSubscriptionResponse {
  newsletter_subscription: { email: string; status: string }
}

const NEWSLETTER = { resource: "Newsletter sign-up" } as const

/**
 * Newsletter sign-up; signing up twice is harmless (the backend answers 200 for a known address). A new or
 * returning reader is "pending" until they click the link in the confirmation email.
 */
export async function subscribeToNewsletter(email: string, source?: string): Promise<NewsletterSignUpStatus> {
  const { newsletter_subscription } = await visitorRequest<Partial<NewsletterSubscriptionResponse>>(
    "/store/newsletter-subscriptions",
    { method: "POST", headers: await shopperAddressHeaders(), body: { email, ...(source ? { source } : {}) } },
    { action: "signing up for the newsletter", ...NEWSLETTER }
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
  const { newsletter_subscription } = await visitorRequest<NewsletterSubscriptionResponse>(
    "/store/newsletter-subscriptions/confirm",
    { method: "POST", body: { token } },
    { action: "confirming a newsletter sign-up", ...NEWSLETTER }
  )
  return { email: newsletter_subscription.email, status: "subscribed" }
}

/** The reader clicked "Unsubscribe" on the page behind their email's link. Idempotent. */
export async function unsubscribeFromNewsletter(token: string): Promise<NewsletterSubscription> {
  const { newsletter_subscription } = await visitorRequest<NewsletterSubscriptionResponse>(
    "/store/newsletter-subscriptions/unsubscribe",
    { method: "POST", body: { token } },
    { action: "unsubscribing from the newsletter", ...NEWSLETTER }
  )
  return { email: newsletter_subscription.email, status: "unsubscribed" }
}

/**
 * "Notify me" on a sold-out size. A logged-in customer's token goes along, so the request is linked to their
 * account at once; a guest is emailed a link to confirm first. Returns the backend's answer for the shopper
 * (the same whether or not the address was already on the list).
 */
export async function requestBackInStockNotice(variantId: string, email: string): Promise<string | null> {
  const answer = await visitorRequest<{ message?: string }>(
    "/store/back-in-stock-requests",
    { method: "POST", headers: await shopperAddressHeaders(), body: { variant_id: variantId, email } },
    { action: "asking for a back-in-stock email", resource: "Back-in-stock emails" }
  )
  return typeof answer?.message === "string" ? answer.message : null
}

/** The guest clicked "Confirm" on the page behind the confirmation email's link. Idempotent; a bad or expired token is a 400. */
export async function confirmBackInStockNotice(token: string): Promise<{ product_title: string; variant_title: string; email: string }> {
  const { back_in_stock_request } = await visitorRequest<{
    back_in_stock_request: { product_title: string; variant_title: string; email: string }
  }>(
    "/store/back-in-stock-requests/confirm",
    { method: "POST", body: { token } },
    { action: "confirming a back-in-stock email", resource: "Back-in-stock emails" }
  )
  return back_in_stock_request
}
