import { defineMiddlewares } from "@medusajs/framework/http"
import { engagementMiddlewares } from "./engagement-middlewares"
import { guidesMiddlewares } from "./guides-middlewares"
import { inventoryMiddlewares } from "./inventory-middlewares"
import { subscriptionMiddlewares } from "./subscription-middlewares"

/** Every custom route's validation and auth, one feature per file beside its routes. */
export default defineMiddlewares({
  routes: [...subscriptionMiddlewares, ...guidesMiddlewares, ...engagementMiddlewares, ...inventoryMiddlewares],
})
