import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeSubscriptionWorkflow } from "@/workflows/subscriptions/change-subscription"
import { answeringStateConflicts } from "@/api/subscription-conflicts"
import { getAdminSubscription } from "@/queries/subscriptions/subscription-views"
import type { AdminChangeSubscriptionType } from "../validators"
import { adminActor } from "../admin-actor"

/** GET /admin/subscriptions/:id: the subscription with its orders, renewal attempts and next price. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ subscription: await getAdminSubscription(req.scope, req.params.id!) })
}

/**
 * POST /admin/subscriptions/:id: change frequency, quantity or next delivery date for the customer, through the
 * same workflow and checks as the portal (the product's intervals, the dates a customer may pick).
 */
export const POST = answeringStateConflicts(async (req: AuthenticatedMedusaRequest<AdminChangeSubscriptionType>, res: MedusaResponse) => {
  await changeSubscriptionWorkflow(req.scope).run({
    input: { subscription_id: req.params.id!, changes: req.validatedBody, actor: await adminActor(req) },
  })
  res.json({ subscription: await getAdminSubscription(req.scope, req.params.id!) })
})
