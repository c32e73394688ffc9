import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelSubscriptionWorkflow } from "@/workflows/subscriptions/cancel-subscription"
import { answeringStateConflicts } from "@/api/subscription-conflicts"
import { getAdminSubscription } from "@/queries/subscriptions/subscription-views"
import type { AdminCancelSubscriptionType } from "../../validators"
import { adminActor } from "../../admin-actor"

/** POST /admin/subscriptions/:id/cancel: cancel on the customer's behalf, with the reason they gave. */
export const POST = answeringStateConflicts(async (req: AuthenticatedMedusaRequest<AdminCancelSubscriptionType>, res: MedusaResponse) => {
  const { reason, comment } = req.validatedBody
  await cancelSubscriptionWorkflow(req.scope).run({
    input: { subscription_id: req.params.id!, reason, comment: comment ?? null, actor: await adminActor(req) },
  })
  res.json({ subscription: await getAdminSubscription(req.scope, req.params.id!) })
})
