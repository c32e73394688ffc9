import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { sendNextDeliveryNow } from "@/renewals/renew-subscription"
import { subscriptionBusy } from "@/workflows/subscriptions/subscription-lock"
import { answeringStateConflicts } from "@/api/subscription-conflicts"
import { getCustomerSubscription } from "@/queries/subscriptions/subscription-views"

/**
 * POST /store/customers/me/subscriptions/:id/send-now `{ next_delivery_at }`: send the upcoming delivery
 * today (an ordinary renewal order, charged now). `next_delivery_at` is the date the customer was shown, so
 * a second click cannot order the delivery after it: that is a 409 naming the new date.
 */
export const POST = answeringStateConflicts(async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const customer_id = req.auth_context.actor_id
  const shown = (req.body as { next_delivery_at?: unknown } | undefined)?.next_delivery_at
  if (typeof shown !== "string" || Number.isNaN(new Date(shown).getTime())) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "next_delivery_at must be the upcoming delivery's date (ISO 8601) as shown")
  }
  // Another customer's subscription is a 404, as everywhere in the portal.
  await getCustomerSubscription(req.scope, { id: req.params.id!, customer_id })
  const renewal = await sendNextDeliveryNow(req.scope, { subscription_id: req.params.id!, customer_id, expected_next_delivery_at: shown })
  if (renewal.outcome === "skipped") {
    throw subscriptionBusy()
  }
  res.json({ subscription: await getCustomerSubscription(req.scope, { id: req.params.id!, customer_id }), renewal })
})
