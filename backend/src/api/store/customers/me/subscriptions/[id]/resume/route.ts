import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resumeSubscriptionWorkflow } from "@/workflows/subscriptions/resume-subscription"
import { answeringStateConflicts } from "@/api/subscription-conflicts"
import { getCustomerSubscription } from "@/queries/subscriptions/subscription-views"

/** POST /store/customers/me/subscriptions/:id/resume: resume a paused subscription. */
export const POST = answeringStateConflicts(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customer_id = req.auth_context.actor_id
  await resumeSubscriptionWorkflow(req.scope).run({ input: { subscription_id: req.params.id!, customer_id } })
  res.json({ subscription: await getCustomerSubscription(req.scope, { id: req.params.id!, customer_id }) })
})
