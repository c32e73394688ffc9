import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listCustomerSubscriptions } from "@/queries/subscriptions/subscription-views"
import type { StoreListSubscriptionsType } from "./validators"

/** GET /store/customers/me/subscriptions: the customer's own subscriptions, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, StoreListSubscriptionsType>, res: MedusaResponse) => {
  const { status, limit, offset } = req.validatedQuery
  res.json(await listCustomerSubscriptions(req.scope, { customer_id: req.auth_context.actor_id, status, limit, offset }))
}
