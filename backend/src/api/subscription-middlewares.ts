import { authenticate, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import type { MiddlewareRoute } from "@medusajs/framework/http"
import { limitSubscriptionLineQuantity, priceSubscriptionLines } from "./store/carts/subscription-lines"
import * as Portal from "./store/customers/me/subscriptions/validators"
import * as Admin from "./admin/subscriptions/validators"

const PORTAL = "/store/customers/me/subscriptions"
const ADMIN = "/admin/subscriptions"
// Medusa already guards /store/customers/me*; saying it here keeps the portal safe if that ever changes.
const customer = authenticate("customer", ["session", "bearer"])

/** Middlewares of the subscription feature: checkout pricing, the customer portal and the admin screens. */
export const subscriptionMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/carts/:id/line-items", method: ["POST"], middlewares: [priceSubscriptionLines] },
  { matcher: "/store/carts/:id/line-items/:line_id", method: ["POST"], middlewares: [limitSubscriptionLineQuantity] },

  { matcher: PORTAL, method: ["GET"], middlewares: [customer, validateAndTransformQuery(Portal.StoreListSubscriptions, {})] },
  { matcher: `${PORTAL}/:id`, method: ["GET"], middlewares: [customer, validateAndTransformQuery(Portal.StoreGetSubscription, {})] },
  { matcher: `${PORTAL}/:id`, method: ["POST"], middlewares: [customer, validateAndTransformBody(Portal.StoreChangeSubscription)] },
  { matcher: `${PORTAL}/:id/skip`, method: ["POST"], middlewares: [customer, validateAndTransformBody(Portal.StoreSkipDelivery)] },
  { matcher: `${PORTAL}/:id/pause`, method: ["POST"], middlewares: [customer, validateAndTransformBody(Portal.StorePauseSubscription)] },
  { matcher: `${PORTAL}/:id/resume`, method: ["POST"], middlewares: [customer, validateAndTransformBody(Portal.StoreResumeSubscription)] },
  { matcher: `${PORTAL}/:id/cancel`, method: ["POST"], middlewares: [customer, validateAndTransformBody(Portal.StoreCancelSubscription)] },

  { matcher: ADMIN, method: ["GET"], middlewares: [validateAndTransformQuery(Admin.AdminListSubscriptions, {})] },
  // Medusa ranks static segments before :id, so /settings reaches its own route (the empty /:id query schema also passes).
  { matcher: `${ADMIN}/settings`, method: ["GET"], middlewares: [validateAndTransformQuery(Admin.AdminGetRenewalPolicy, {})] },
  { matcher: `${ADMIN}/settings`, method: ["POST"], middlewares: [validateAndTransformBody(Admin.AdminSaveRenewalPolicy)] },
  { matcher: `${ADMIN}/:id`, method: ["GET"], middlewares: [validateAndTransformQuery(Admin.AdminGetSubscription, {})] },
  { matcher: `${ADMIN}/:id`, method: ["POST"], middlewares: [validateAndTransformBody(Admin.AdminChangeSubscription)] },
  { matcher: `${ADMIN}/:id/activity`, method: ["GET"], middlewares: [validateAndTransformQuery(Admin.AdminListSubscriptionActivity, {})] },
  { matcher: `${ADMIN}/:id/address`, method: ["POST"], middlewares: [validateAndTransformBody(Admin.AdminChangeSubscriptionAddress)] },
  { matcher: `${ADMIN}/:id/pause`, method: ["POST"], middlewares: [validateAndTransformBody(Admin.AdminPauseSubscription)] },
  { matcher: `${ADMIN}/:id/resume`, method: ["POST"], middlewares: [validateAndTransformBody(Admin.AdminResumeSubscription)] },
  { matcher: `${ADMIN}/:id/cancel`, method: ["POST"], middlewares: [validateAndTransformBody(Admin.AdminCancelSubscription)] },
  { matcher: `${ADMIN}/:id/renew`, method: ["POST"], middlewares: [validateAndTransformBody(Admin.AdminRenewSubscription)] },
]
