import { getCustomer } from "@/lib/data/customer"
import { getCartItemCount } from "@/lib/data/cart"
import { orFallback } from "@/lib/data/errors"
import { listUpcomingDeliveries } from "@/lib/data/subscriptions"

/**
 * GET /api/visitor: the per-visitor bits a cached page shows, fetched by the browser after the page loads, so
 * product, guide and catalog pages stay the same for everyone and can be served from cache. `?email=1` adds
 * the logged-in customer's email (for "notify me") and `?deliveries=1` their subscriptions' upcoming deliveries
 * (for "add to my next delivery"): backend calls only the pages that need them make.
 */
export async function GET(request: Request): Promise<Response> {
  const params = new URL(request.url).searchParams
  const wantsEmail = params.get("email") === "1"
  const wantsDeliveries = params.get("deliveries") === "1"
  const [cartCount, customer, deliveries] = await Promise.all([
    getCartItemCount(),
    wantsEmail ? orFallback(getCustomer(), null, "the customer") : null,
    wantsDeliveries ? orFallback(listUpcomingDeliveries(), [], "the customer's deliveries") : null,
  ])
  return Response.json(
    { cartCount, ...(wantsEmail ? { email: customer?.email ?? null } : {}), ...(deliveries ? { deliveries } : {}) },
    // One visitor's answer: never stored by a CDN or shared cache, never reused by the browser.
    { headers: { "cache-control": "private, no-store" } }
  )
}
