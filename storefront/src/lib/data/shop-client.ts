import "server-only"
import type Medusa from "@medusajs/js-sdk"
import type { ClientHeaders, FetchArgs } from "@medusajs/js-sdk"
import type {
  StoreAcceptedResponse,
  StoreBackInStockConfirmResponse,
  StoreGuideFeedbackResponse,
  StoreGuideListResponse,
  StoreGuideResponse,
  StoreNewsletterSubscriptionResponse,
  StoreOrderClaimResponse,
  StoreProductGuidesResponse,
  StoreRegistrationVerifyResponse,
  StoreSubscriptionListResponse,
  StoreSubscriptionResponse,
} from "@biome/shared"

/** Next's data-cache options, for the cached reads (guides); everything else is the caller's per-visitor sdk. */
type CacheOptions = Pick<FetchArgs, "next" | "cache">

const SUBSCRIPTIONS = "/store/customers/me/subscriptions"
const segment = encodeURIComponent

/**
 * The shop's own store routes (subscriptions, guides, sign-ups, links), typed with the answers @biome/shared
 * defines, over the js-sdk's client; Medusa's own routes are the typed sdk.store.* methods.
 */
export function shopRoutes(sdk: Medusa) {
  const get = <T>(path: string, query?: FetchArgs["query"], headers?: ClientHeaders, cache?: CacheOptions) =>
    sdk.client.fetch<T>(path, { ...cache, ...(query ? { query } : {}), ...(headers ? { headers } : {}) })
  const post = <T>(path: string, body: object, headers?: ClientHeaders) =>
    sdk.client.fetch<T>(path, { method: "POST", body, ...(headers ? { headers } : {}) })
  const subscription = (id: string, action = "") => `${SUBSCRIPTIONS}/${segment(id)}${action ? `/${action}` : ""}`

  return {
    subscriptions: {
      list: (query: { limit: number }, headers: ClientHeaders) => get<StoreSubscriptionListResponse>(SUBSCRIPTIONS, query, headers),
      retrieve: (id: string, headers: ClientHeaders) => get<StoreSubscriptionResponse>(subscription(id), undefined, headers),
      /** POST /store/customers/me/subscriptions/:id[/action]: every portal action answers with the subscription. */
      act: (id: string, action: string, body: object, headers: ClientHeaders) =>
        post<Partial<StoreSubscriptionResponse>>(subscription(id, action), body, headers),
      removeNextDeliveryItem: (id: string, variantId: string, headers: ClientHeaders) =>
        sdk.client.fetch<StoreSubscriptionResponse>(subscription(id, `next-delivery-items/${segment(variantId)}`), {
          method: "DELETE",
          headers,
        }),
    },
    guides: {
      list: (query: Record<string, string | number>, cache: CacheOptions) =>
        get<StoreGuideListResponse>("/store/guides", query, undefined, cache),
      retrieve: (slug: string, cache: CacheOptions) => get<StoreGuideResponse>(`/store/guides/${slug}`, undefined, undefined, cache),
      ofProduct: (productId: string, cache: CacheOptions) =>
        get<StoreProductGuidesResponse>(`/store/products/${segment(productId)}/guides`, undefined, undefined, cache),
      feedback: (slug: string, body: { helpful: boolean; comment?: string }, headers: ClientHeaders) =>
        post<StoreGuideFeedbackResponse>(`/store/guides/${slug}/feedback`, body, headers),
    },
    newsletter: {
      subscribe: (body: { email: string; source?: string }, headers: ClientHeaders) =>
        post<StoreAcceptedResponse & Partial<StoreNewsletterSubscriptionResponse>>("/store/newsletter-subscriptions", body, headers),
      confirm: (token: string, headers: ClientHeaders) =>
        post<StoreNewsletterSubscriptionResponse>("/store/newsletter-subscriptions/confirm", { token }, headers),
      unsubscribe: (token: string, headers: ClientHeaders) =>
        post<StoreNewsletterSubscriptionResponse>("/store/newsletter-subscriptions/unsubscribe", { token }, headers),
    },
    backInStock: {
      request: (body: { variant_id: string; email: string }, headers: ClientHeaders) =>
        post<Partial<StoreAcceptedResponse>>("/store/back-in-stock-requests", body, headers),
      confirm: (token: string, headers: ClientHeaders) =>
        post<StoreBackInStockConfirmResponse>("/store/back-in-stock-requests/confirm", { token }, headers),
    },
    registrations: {
      request: (body: { email: string; next?: string; order_id?: string }, headers: ClientHeaders) =>
        post<StoreAcceptedResponse>("/store/registrations", body, headers),
      verify: (token: string, headers: ClientHeaders) =>
        post<StoreRegistrationVerifyResponse>("/store/registrations/verify", { token }, headers),
    },
    orders: {
      lookup: (body: { email: string; order_number: number }, headers: ClientHeaders) =>
        post<StoreAcceptedResponse>("/store/order-lookups", body, headers),
      claim: (orderId: string, headers: ClientHeaders) =>
        post<StoreOrderClaimResponse>(`/store/orders/${segment(orderId)}/claim`, {}, headers),
    },
  }
}
