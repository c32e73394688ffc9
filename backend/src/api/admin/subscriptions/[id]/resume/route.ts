import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { resumeSubscriptionWorkflow } from "@/workflows/subscriptions/resume-subscription"
import { answeringStateConflicts } from "@/api/subscription-conflicts"
import { getAdminSubscription } from "@/queries/subscriptions/subscription-views"
import { adminActor } from "../../admin-actor"

/** POST /admin/subscriptions/:id/resume: resume on the customer's behalf. */
export const POST = answeringStateConflicts(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await resumeSubscriptionWorkflow(req.scope).run({ input: { subscription_id: req.params.id!, actor: await adminActor(req) } })
  res.json({ subscription: await getAdminSubscription(req.scope, req.params.id!) })
})
