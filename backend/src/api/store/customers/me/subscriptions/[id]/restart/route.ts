import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { restartSubscriptionWorkflow } from "@/workflows/subscriptions/restart-subscription"
import { answeringStateConflicts } from "@/api/subscription-conflicts"
import { getCustomerSubscription } from "@/queries/subscriptions/subscription-views"
import type { StoreRestartSubscriptionType } from "../validators"

/** POST /store/customers/me/subscriptions/:id/restart: start a cancelled subscription again. */
export const POST = answeringStateConflicts(async (req: AuthenticatedMedusaRequest<StoreRestartSubscriptionType>, res: MedusaResponse) => {
  const customer_id = req.auth_context.actor_id
  await restartSubscriptionWorkflow(req.scope).run({
    input: { subscription_id: req.params.id!, customer_id, next_delivery_at: req.validatedBody.next_delivery_at ?? null },
  })
  res.json({ subscription: await getCustomerSubscription(req.scope, { id: req.params.id!, customer_id }) })
})
