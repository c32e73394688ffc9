import { authenticate, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import * as Portal from "./store/customers/me/subscriptions/[id]/validators"
import * as Settings from "./admin/subscription-settings/validators"

const PORTAL = "/store/customers/me/subscriptions"
const customer = authenticate("customer", ["session", "bearer"])

/** The portal's undo-skip, restart, retention offer and address routes, and the admins' retention setting. */
export const subscriptionPortalMiddlewares: MiddlewareRoute[] = [
  { matcher: `${PORTAL}/:id/undo-skip`, method: ["POST"], middlewares: [customer, validateAndTransformBody(Portal.StoreUndoSkip)] },
  {
    matcher: `${PORTAL}/:id/restart`,
    method: ["POST"],
    middlewares: [customer, validateAndTransformBody(Portal.StoreRestartSubscription)],
  },
  {
    matcher: `${PORTAL}/:id/retention-discount`,
    method: ["POST"],
    middlewares: [customer, validateAndTransformBody(Portal.StoreAcceptRetentionDiscount)],
  },
  {
    matcher: `${PORTAL}/:id/address`,
    method: ["POST"],
    middlewares: [customer, validateAndTransformBody(Portal.StoreChangeDeliveryAddress)],
  },

  {
    matcher: "/admin/subscription-settings",
    method: ["GET"],
    middlewares: [validateAndTransformQuery(Settings.AdminGetSubscriptionSettings, {})],
  },
  {
    matcher: "/admin/subscription-settings",
    method: ["POST"],
    middlewares: [validateAndTransformBody(Settings.AdminSaveSubscriptionSettings)],
  },
]
