/**
 * The answers of the shop's own store routes outside subscriptions and guides: sign-ups, links and notices.
 * The backend sends them, the storefront's shop client reads them.
 */

/** A 202 whose message is the same whatever the backend found (no address is confirmed or denied). */
export interface StoreAcceptedResponse {
  message: string
}

/** POST /store/newsletter-subscriptions/confirm and /unsubscribe. */
export interface StoreNewsletterSubscriptionResponse {
  newsletter_subscription: { email: string; status: "subscribed" | "unsubscribed" }
}

/** POST /store/back-in-stock-requests/confirm. */
export interface StoreBackInStockConfirmResponse {
  back_in_stock_request: { variant_id: string; product_title: string; variant_title: string; email: string; status: string }
}

/** POST /store/registrations/verify: what an emailed registration link is for. */
export interface StoreRegistrationVerifyResponse {
  registration: { email: string; next: string | null; order_id: string | null }
}

/** POST /store/orders/:id/claim. */
export interface StoreOrderClaimResponse {
  order: { id: string; customer_id: string }
}
