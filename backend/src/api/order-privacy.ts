import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { tokenOpensOrder } from "../lib/order-access"

/** Headers a guest proves with that an order is theirs: the cart it was placed from, or a signed order link. */
export const ORDER_CART_HEADER = "x-order-cart-id"
export const ORDER_TOKEN_HEADER = "x-order-token"

export interface OrderOwnership {
  id: string
  email: string | null
  customer_id: string | null
  cart_id: string | null
}

export async function orderOwnership(req: AuthenticatedMedusaRequest, orderId: string): Promise<OrderOwnership | null> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "email", "customer_id", "cart.id"],
    filters: { id: orderId },
  })
  if (!order) return null
  return { id: order.id, email: order.email ?? null, customer_id: order.customer_id ?? null, cart_id: order.cart?.id ?? null }
}

/** Whether this request may see the order: its customer, the browser that placed it, or a signed link. */
export function mayOpenOrder(req: AuthenticatedMedusaRequest, order: OrderOwnership): boolean {
  const actor = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  if (actor && order.customer_id === actor) return true
  const cart = req.headers[ORDER_CART_HEADER]
  if (typeof cart === "string" && order.cart_id !== null && cart === order.cart_id) return true
  const token = req.headers[ORDER_TOKEN_HEADER]
  return typeof token === "string" && tokenOpensOrder(token, order.id)
}

const notFound = (id: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${id} was not found`)

/**
 * Medusa's GET /store/orders/:id answers anyone who knows the id; here everyone without a proof gets the same
 * 404 as for an order that does not exist.
 */
export async function onlyTheOrdersOwner(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const order = await orderOwnership(req, req.params.id!)
  if (!order || !mayOpenOrder(req, order)) return next(notFound(req.params.id!))
  next()
}

export { notFound as orderNotFound }
