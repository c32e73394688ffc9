import {
  authenticate,
  validateAndTransformBody,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { onlyTheOrdersOwner } from "./order-privacy"
import { StoreOrderLookup } from "./store/order-lookups/validators"
import { StoreOrderClaim } from "./store/orders/[id]/claim/validators"

/** Medusa's line-item removal crashes on a cart that does not exist (a TypeError in its workflow): a 404 first. */
async function cartMustExist(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = await query.graph({ entity: "cart", fields: ["id"], filters: { id: req.params.id! } })
  if (!cart) return next(new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${req.params.id} was not found`))
  next()
}

/** Guards in front of Medusa's own store routes, where they answer hostile input with a 500 or too much; orders. */
export const coreRouteMiddlewares: MiddlewareRoute[] = [
  { method: ["DELETE"], matcher: "/store/carts/:id/line-items/:line_id", middlewares: [cartMustExist] },
  { method: ["GET"], matcher: "/store/orders/:id", middlewares: [onlyTheOrdersOwner] },
  { method: ["POST"], matcher: "/store/order-lookups", middlewares: [validateAndTransformBody(StoreOrderLookup)] },
  {
    method: ["POST"],
    matcher: "/store/orders/:id/claim",
    middlewares: [authenticate("customer", ["session", "bearer"]), validateAndTransformBody(StoreOrderClaim)],
  },
]
