import { defineMiddlewares } from "@medusajs/framework/http"
import { subscriptionMiddlewares } from "./subscription-middlewares"

/** Every custom route's validation and auth, one feature per file beside its routes. */
export default defineMiddlewares({
  routes: [...subscriptionMiddlewares],
})
