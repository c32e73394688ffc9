import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pauseSubscriptionWorkflow } from "@/workflows/subscriptions/pause-subscription"
import { answeringStateConflicts } from "@/api/subscription-conflicts"
import { getAdminSubscription } from "@/queries/subscriptions/subscription-views"
import type { AdminPauseSubscriptionType } from "../../validators"
import { adminActor } from "../../admin-actor"

/** POST /admin/subscriptions/:id/pause: pause on the customer's behalf. */
export const POST = answeringStateConflicts(async (req: AuthenticatedMedusaRequest<AdminPauseSubscriptionType>, res: MedusaResponse) => {
  const { until, reason } = req.validatedBody
  await pauseSubscriptionWorkflow(req.scope).run({
    input: { subscription_id: req.params.id!, until: until ?? null, reason: reason ?? "paused_by_admin", actor: await adminActor(req) },
  })
  res.json({ subscription: await getAdminSubscription(req.scope, req.params.id!) })
})
