import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { acceptRetentionOfferWorkflow } from "@/workflows/subscriptions/accept-retention-offer"
import { answeringStateConflicts } from "@/api/subscription-conflicts"
import { getCustomerSubscription } from "@/queries/subscriptions/subscription-views"

/** POST /store/customers/me/subscriptions/:id/retention-discount: take the one-time discount instead of cancelling. */
export const POST = answeringStateConflicts(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customer_id = req.auth_context.actor_id
  await acceptRetentionOfferWorkflow(req.scope).run({ input: { subscription_id: req.params.id!, customer_id } })
  res.json({ subscription: await getCustomerSubscription(req.scope, { id: req.params.id!, customer_id }) })
})
