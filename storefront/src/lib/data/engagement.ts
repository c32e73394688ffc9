import "server-only"
import { visitorRequest } from "./request"

/** Newsletter sign-up; signing up twice is harmless (the backend answers 200 for a known address). */
export async function subscribeToNewsletter(email: string, source?: string): Promise<void> {
  await visitorRequest(
    "/store/newsletter-subscriptions",
    { method: "POST", body: { email, ...(source ? { source } : {}) } },
    { action: "signing up for the newsletter", resource: "Newsletter sign-up" }
  )
}

/**
 * "Notify me" on a sold-out size: the backend emails when the variant is back in stock. A logged-in
 * customer's token goes along, so the request is linked to their account.
 */
export async function requestBackInStockNotice(variantId: string, email: string): Promise<void> {
  await visitorRequest(
    "/store/back-in-stock-requests",
    { method: "POST", body: { variant_id: variantId, email } },
    { action: "asking for a back-in-stock email", resource: "Back-in-stock emails" }
  )
}
