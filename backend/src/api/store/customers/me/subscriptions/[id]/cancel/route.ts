import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelSubscriptionWorkflow } from "@/workflows/subscriptions/cancel-subscription"
import { answeringStateConflicts } from "@/api/subscription-conflicts"
import { getCustomerSubscription } from "@/queries/subscriptions/subscription-views"
import type { StoreCancelSubscriptionType } from "../../validators"

/** POST /store/customers/me/subscriptions/:id/cancel: cancel with a reason. */
export const POST = answeringStateConflicts(async (req: AuthenticatedMedusaRequest<StoreCancelSubscriptionType>, res: MedusaResponse) => {
  const customer_id = req.auth_context.actor_id
  const { reason, comment } = req.validatedBody
  await cancelSubscriptionWorkflow(req.scope).run({
    input: { subscription_id: req.params.id!, customer_id, reason, comment: comment ?? null },
  })
  res.json({ subscription: await getCustomerSubscription(req.scope, { id: req.params.id!, customer_id }) })
})
