import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeSubscriptionAddressWorkflow } from "../../../../../workflows/subscriptions/change-subscription-address"
import { answeringStateConflicts } from "../../../../subscription-conflicts"
import { getAdminSubscription } from "../../../../subscription-views"
import type { AdminChangeSubscriptionAddressType } from "../../validators"

/** POST /admin/subscriptions/:id/address: where the customer's future deliveries go. */
export const POST = answeringStateConflicts(
  async (req: AuthenticatedMedusaRequest<AdminChangeSubscriptionAddressType>, res: MedusaResponse) => {
    await changeSubscriptionAddressWorkflow(req.scope).run({ input: { subscription_id: req.params.id!, address: req.validatedBody } })
    res.json({ subscription: await getAdminSubscription(req.scope, req.params.id!) })
  }
)
