import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { pauseSubscriptionWorkflow } from "@/workflows/subscriptions/pause-subscription"
import { answeringStateConflicts } from "@/api/subscription-conflicts"
import { getCustomerSubscription } from "@/queries/subscriptions/subscription-views"
import type { StorePauseSubscriptionType } from "../../validators"

/** POST /store/customers/me/subscriptions/:id/pause: pause until a date, or until resumed. */
export const POST = answeringStateConflicts(async (req: AuthenticatedMedusaRequest<StorePauseSubscriptionType>, res: MedusaResponse) => {
  const customer_id = req.auth_context.actor_id
  await pauseSubscriptionWorkflow(req.scope).run({
    input: { subscription_id: req.params.id!, customer_id, until: req.validatedBody.until ?? null, reason: "customer_request" },
  })
  res.json({ subscription: await getCustomerSubscription(req.scope, { id: req.params.id!, customer_id }) })
})
