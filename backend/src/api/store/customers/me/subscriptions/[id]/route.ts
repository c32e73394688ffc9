import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeSubscriptionWorkflow } from "@/workflows/subscriptions/change-subscription"
import { answeringStateConflicts } from "@/api/subscription-conflicts"
import { getCustomerSubscription } from "@/queries/subscriptions/subscription-views"
import type { StoreChangeSubscriptionType } from "../validators"

/** GET /store/customers/me/subscriptions/:id: one of the customer's subscriptions with its price and orders. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const subscription = await getCustomerSubscription(req.scope, { id: req.params.id!, customer_id: req.auth_context.actor_id })
  res.json({ subscription })
}

/** POST /store/customers/me/subscriptions/:id: change frequency, quantity, size or the next delivery date. */
export const POST = answeringStateConflicts(async (req: AuthenticatedMedusaRequest<StoreChangeSubscriptionType>, res: MedusaResponse) => {
  const customer_id = req.auth_context.actor_id
  await changeSubscriptionWorkflow(req.scope).run({
    input: { subscription_id: req.params.id!, customer_id, changes: req.validatedBody },
  })
  res.json({ subscription: await getCustomerSubscription(req.scope, { id: req.params.id!, customer_id }) })
})
