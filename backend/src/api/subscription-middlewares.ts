import type { MiddlewareRoute } from "@medusajs/framework/http"
import { priceSubscriptionLines } from "./store/carts/subscription-lines"

/** Middlewares of the subscription feature: checkout pricing, the customer portal and the admin screens. */
export const subscriptionMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/carts/:id/line-items", method: ["POST"], middlewares: [priceSubscriptionLines] },
]
