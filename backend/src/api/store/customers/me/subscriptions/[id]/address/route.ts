import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { changeDeliveryAddressWorkflow } from "@/workflows/subscriptions/change-delivery-address"
import { answeringStateConflicts } from "@/api/subscription-conflicts"
import { getCustomerSubscription } from "@/queries/subscriptions/subscription-views"
import type { StoreChangeDeliveryAddressType } from "../validators"

/** POST /store/customers/me/subscriptions/:id/address: deliver to a saved address or a new one. */
export const POST = answeringStateConflicts(
  async (req: AuthenticatedMedusaRequest<StoreChangeDeliveryAddressType>, res: MedusaResponse) => {
    const customer_id = req.auth_context.actor_id
    const { address_id, address } = req.validatedBody
    await changeDeliveryAddressWorkflow(req.scope).run({
      input: { subscription_id: req.params.id!, customer_id, ...(address_id ? { address_id } : {}), ...(address ? { address } : {}) },
    })
    res.json({ subscription: await getCustomerSubscription(req.scope, { id: req.params.id!, customer_id }) })
  }
)
