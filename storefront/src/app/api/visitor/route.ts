import { getCustomer } from "@/lib/data/customer"
import { getCartItemCount } from "@/lib/data/cart"
import { orFallback } from "@/lib/data/errors"

/**
 * GET /api/visitor: the per-visitor bits a cached page shows, fetched by the browser after the page loads, so
 * product, guide and catalog pages stay the same for everyone and can be served from cache. `?email=1` adds
 * the logged-in customer's email (for "notify me"), which costs a backend call only pages that need it make.
 */
export async function GET(request: Request): Promise<Response> {
  const wantsEmail = new URL(request.url).searchParams.get("email") === "1"
  const [cartCount, customer] = await Promise.all([
    getCartItemCount(),
    wantsEmail ? orFallback(getCustomer(), null, "the customer") : null,
  ])
  return Response.json(
    { cartCount, ...(wantsEmail ? { email: customer?.email ?? null } : {}) },
    // One visitor's answer: never stored by a CDN or shared cache, never reused by the browser.
    { headers: { "cache-control": "private, no-store" } }
  )
}
