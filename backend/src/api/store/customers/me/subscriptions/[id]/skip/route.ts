import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { skipNextDeliveryWorkflow } from "@/workflows/subscriptions/skip-next-delivery"
import { answeringStateConflicts } from "@/api/subscription-conflicts"
import { getCustomerSubscription } from "@/queries/subscriptions/subscription-views"

/** POST /store/customers/me/subscriptions/:id/skip: skip the upcoming delivery. */
export const POST = answeringStateConflicts(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customer_id = req.auth_context.actor_id
  await skipNextDeliveryWorkflow(req.scope).run({ input: { subscription_id: req.params.id!, customer_id } })
  res.json({ subscription: await getCustomerSubscription(req.scope, { id: req.params.id!, customer_id }) })
})
