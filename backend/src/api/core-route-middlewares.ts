import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** Medusa's line-item removal crashes on a cart that does not exist (a TypeError in its workflow): a 404 first. */
async function cartMustExist(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [cart] } = await query.graph({ entity: "cart", fields: ["id"], filters: { id: req.params.id! } })
  if (!cart) return next(new MedusaError(MedusaError.Types.NOT_FOUND, `Cart with id: ${req.params.id} was not found`))
  next()
}

/** Guards in front of Medusa's own store routes, where they answer hostile input with a 500 or too much. */
export const coreRouteMiddlewares: MiddlewareRoute[] = [
  { method: ["DELETE"], matcher: "/store/carts/:id/line-items/:line_id", middlewares: [cartMustExist] },
]
