import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { renewSubscriptionNow } from "@/renewals/renew-subscription"
import { assertActionAllowed } from "@/lib/subscriptions/subscription-rules"
import { answeringStateConflicts } from "@/api/subscription-conflicts"
import { getAdminSubscription } from "@/queries/subscriptions/subscription-views"
import { adminActor } from "../../admin-actor"

/** POST /admin/subscriptions/:id/renew: renew the upcoming delivery now, through the scheduled job's path. */
export const POST = answeringStateConflicts(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  // Checked here too so a paused or cancelled subscription gets the reason, not Medusa's generic 409.
  assertActionAllowed((await getAdminSubscription(req.scope, req.params.id!)).status, "renew")
  const renewal = await renewSubscriptionNow(req.scope, req.params.id!, await adminActor(req))
  res.json({ subscription: await getAdminSubscription(req.scope, req.params.id!), renewal })
})
