import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { mayOpenOrder, orderNotFound, orderOwnership } from "../../../../order-privacy"

/**
 * POST /store/orders/:id/claim: a guest who just created an account from the order's confirmation page keeps
 * the order in it. Needs the proof that this browser placed it (or its signed link) and the same email, so an
 * account made with someone else's address claims nothing.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const order = await orderOwnership(req, req.params.id!)
  if (!order || !mayOpenOrder(req, order)) throw orderNotFound(req.params.id!)
  const customerId = req.auth_context.actor_id
  if (order.customer_id === customerId) return res.json({ order: { id: order.id, customer_id: customerId } })

  const customers = req.scope.resolve(Modules.CUSTOMER)
  const [customer, previous] = await Promise.all([
    customers.retrieveCustomer(customerId),
    order.customer_id ? customers.listCustomers({ id: order.customer_id }) : Promise.resolve([]),
  ])
  if (previous[0]?.has_account) throw orderNotFound(order.id)
  if (!order.email || customer.email.toLowerCase() !== order.email.toLowerCase()) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This order was placed with another email address than your account's.")
  }
  await req.scope.resolve(Modules.ORDER).updateOrders(order.id, { customer_id: customerId })
  res.json({ order: { id: order.id, customer_id: customerId } })
}
