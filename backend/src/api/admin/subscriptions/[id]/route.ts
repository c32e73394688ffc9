import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { getAdminSubscription } from "../../../subscription-views"

/** GET /admin/subscriptions/:id: the subscription with its orders, renewal attempts and next price. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ subscription: await getAdminSubscription(req.scope, req.params.id!) })
}
