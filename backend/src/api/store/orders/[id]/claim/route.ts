import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { readRegistrationToken } from "@/lib/registration-links"
import { REGISTRATION_TOKEN_HEADER } from "@/api/http/registration-privacy"
import { mayOpenOrder, orderNotFound, orderOwnership, type OrderOwnership } from "@/api/order-privacy"

/** The registration link asked for from this order's confirmation page, sent to the order's address: proof enough. */
function registrationLinkNamesOrder(req: AuthenticatedMedusaRequest, order: OrderOwnership): boolean {
  const token = req.headers[REGISTRATION_TOKEN_HEADER]
  if (typeof token !== "string" || !order.email) return false
  const check = readRegistrationToken(token)
  return check.ok && check.order_id === order.id && check.email === order.email.toLowerCase()
}

/**
 * POST /store/orders/:id/claim: a guest who just created an account from the order's confirmation page keeps
 * the order in it. Needs the proof that this browser placed it (or its signed link, or the registration link
 * asked for from its confirmation page) and the same email, so an account made with someone else's address
 * claims nothing.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const order = await orderOwnership(req, req.params.id!)
  if (!order || !(mayOpenOrder(req, order) || registrationLinkNamesOrder(req, order))) throw orderNotFound(req.params.id!)
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
