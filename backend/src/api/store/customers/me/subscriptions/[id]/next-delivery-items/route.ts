import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { setNextDeliveryExtra } from "@/lib/subscriptions/next-delivery-extras"
import { answeringStateConflicts } from "@/api/subscription-conflicts"
import { getCustomerSubscription } from "@/queries/subscriptions/subscription-views"

/**
 * POST /store/customers/me/subscriptions/:id/next-delivery-items `{ variant_id, quantity }`: add a one-time
 * product to the next delivery (billed at its regular price with that renewal), or change its quantity.
 */
export const POST = answeringStateConflicts(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customer_id = req.auth_context.actor_id
  const body = (req.body ?? {}) as { variant_id?: unknown; quantity?: unknown }
  if (typeof body.variant_id !== "string" || !body.variant_id || body.variant_id.length > 100) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "variant_id must name the product variant to add")
  }
  const quantity = body.quantity === undefined ? 1 : body.quantity
  if (typeof quantity !== "number" || quantity < 1) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "quantity must be a whole number of at least 1")
  }
  const next_delivery_items = await setNextDeliveryExtra(req.scope, {
    subscription_id: req.params.id!,
    customer_id,
    variant_id: body.variant_id,
    quantity,
  })
  res.json({ subscription: await getCustomerSubscription(req.scope, { id: req.params.id!, customer_id }), next_delivery_items })
})
