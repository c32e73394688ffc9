import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setNextDeliveryExtra } from "@/lib/subscriptions/next-delivery-extras"
import { answeringStateConflicts } from "@/api/subscription-conflicts"
import { getCustomerSubscription } from "@/queries/subscriptions/subscription-views"

/** DELETE /store/customers/me/subscriptions/:id/next-delivery-items/:variant_id: take it off the next delivery. */
export const DELETE = answeringStateConflicts(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customer_id = req.auth_context.actor_id
  const next_delivery_items = await setNextDeliveryExtra(req.scope, {
    subscription_id: req.params.id!,
    customer_id,
    variant_id: req.params.variant_id!,
    quantity: 0,
  })
  res.json({ subscription: await getCustomerSubscription(req.scope, { id: req.params.id!, customer_id }), next_delivery_items })
})
