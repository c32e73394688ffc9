import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { undoSkipWorkflow } from "@/workflows/subscriptions/undo-skip"
import { answeringStateConflicts } from "@/api/subscription-conflicts"
import { getCustomerSubscription } from "@/queries/subscriptions/subscription-views"

/** POST /store/customers/me/subscriptions/:id/undo-skip: bring back the delivery the customer skipped. */
export const POST = answeringStateConflicts(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customer_id = req.auth_context.actor_id
  await undoSkipWorkflow(req.scope).run({ input: { subscription_id: req.params.id!, customer_id } })
  res.json({ subscription: await getCustomerSubscription(req.scope, { id: req.params.id!, customer_id }) })
})
