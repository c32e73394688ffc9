import { defineMiddlewares } from "@medusajs/framework/http"
import { guidesMiddlewares } from "./guides-middlewares"
import { subscriptionMiddlewares } from "./subscription-middlewares"

/** Every custom route's validation and auth, one feature per file beside its routes. */
export default defineMiddlewares({
  routes: [...subscriptionMiddlewares, ...guidesMiddlewares],
})
