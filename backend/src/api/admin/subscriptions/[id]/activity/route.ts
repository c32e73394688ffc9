import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminSubscriptionActivityResponse, SubscriptionActivityEntry } from "@biome/shared"
import { SUBSCRIPTION_MODULE } from "@/modules/subscription"
import type SubscriptionModuleService from "@/modules/subscription/service"
import { subscriptionNotFound } from "@/lib/subscriptions/subscription-rules"
import type { AdminListSubscriptionActivityType } from "../../validators"

/** GET /admin/subscriptions/:id/activity: who did what and when, newest first, a page at a time. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListSubscriptionActivityType>,
  res: MedusaResponse<AdminSubscriptionActivityResponse>
) => {
  const service = req.scope.resolve<SubscriptionModuleService>(SUBSCRIPTION_MODULE)
  const { limit, offset } = req.validatedQuery as AdminListSubscriptionActivityType
  const [exists] = await service.listSubscriptions({ id: req.params.id! }, { take: 1, select: ["id"] })
  if (!exists) throw subscriptionNotFound(req.params.id!)
  const [rows, count] = await service.listActivity(req.params.id!, { limit, offset })
  const activity = rows.map(
    (r): SubscriptionActivityEntry => ({
      id: r.id,
      subscription_id: r.subscription_id,
      occurred_at: new Date(r.occurred_at).toISOString(),
      actor_type: r.actor_type,
      actor_id: r.actor_id,
      actor_label: r.actor_label,
      kind: r.kind,
      details: (r.details ?? {}) as SubscriptionActivityEntry["details"],
    })
  )
  res.json({ activity, count, limit, offset })
}
