import { defineMiddlewares } from "@medusajs/framework/http"
import { coreRouteMiddlewares } from "./core-route-middlewares"
import { engagementMiddlewares } from "./engagement-middlewares"
import { guidesMiddlewares } from "./guides-middlewares"
import { shopErrorHandler } from "./http/error-handler"
import { rejectMalformedInput } from "./http/malformed-input"
import { sendSecurityHeaders } from "./http/security-headers"
import { inventoryMiddlewares } from "./inventory-middlewares"
import { rateLimitMiddlewares } from "./rate-limit-middlewares"
import { subscriptionMiddlewares } from "./subscription-middlewares"
import { subscriptionPortalMiddlewares } from "./subscription-portal-middlewares"

/** Every custom route's validation and auth, one feature per file beside its routes. */
export default defineMiddlewares({
  // Global middlewares (no method) run before every route's own, Medusa's included.
  routes: [
    { matcher: "/", middlewares: [sendSecurityHeaders, rejectMalformedInput] },
    ...rateLimitMiddlewares,
    ...coreRouteMiddlewares,
    ...subscriptionMiddlewares,
    ...subscriptionPortalMiddlewares,
    ...guidesMiddlewares,
    ...engagementMiddlewares,
    ...inventoryMiddlewares,
  ],
  errorHandler: shopErrorHandler(),
})
