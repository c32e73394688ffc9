import { authenticate, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import * as Inventory from "./admin/inventory/validators"
import * as BackInStock from "./admin/back-in-stock-requests/validators"
import * as Store from "./store/back-in-stock-requests/validators"

/** Middlewares of the inventory feature: the subscription forecast, low-stock thresholds and back-in-stock requests. */
export const inventoryMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/inventory/subscription-forecast",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(Inventory.AdminSubscriptionForecast, {})],
  },
  {
    matcher: "/admin/inventory/low-stock-thresholds",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(Inventory.AdminListLowStockThresholds, {})],
  },
  {
    matcher: "/admin/inventory/low-stock-thresholds",
    method: ["POST"],
    middlewares: [validateAndTransformBody(Inventory.AdminSaveLowStockThreshold)],
  },
  {
    matcher: "/admin/back-in-stock-requests",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(BackInStock.AdminListBackInStockRequests, {})],
  },
  {
    matcher: "/store/back-in-stock-requests",
    method: ["POST"],
    // Guests may ask too; a logged-in customer's request is linked to them.
    middlewares: [
      authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true }),
      validateAndTransformBody(Store.StoreRequestBackInStock),
    ],
  },
  {
    matcher: "/store/back-in-stock-requests/confirm",
    method: ["POST"],
    middlewares: [validateAndTransformBody(Store.StoreConfirmBackInStock)],
  },
]
