import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeDeliveryAddressWorkflow } from "@/workflows/subscriptions/change-delivery-address"
import { answeringStateConflicts } from "@/api/subscription-conflicts"
import { getAdminSubscription } from "@/queries/subscriptions/subscription-views"
import type { AdminChangeSubscriptionAddressType } from "../../validators"
import { adminActor } from "../../admin-actor"

/**
 * POST /admin/subscriptions/:id/address: where the customer's future deliveries go. The same workflow as the
 * portal's address change, so an admin's choice is the subscription's delivery address every renewal uses.
 */
export const POST = answeringStateConflicts(
  async (req: AuthenticatedMedusaRequest<AdminChangeSubscriptionAddressType>, res: MedusaResponse) => {
    await changeDeliveryAddressWorkflow(req.scope).run({
      input: { subscription_id: req.params.id!, address: req.validatedBody, actor: await adminActor(req) },
    })
    res.json({ subscription: await getAdminSubscription(req.scope, req.params.id!) })
  }
)
