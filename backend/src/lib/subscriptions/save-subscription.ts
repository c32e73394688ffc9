import type { MedusaContainer } from "@medusajs/framework/types"
import { SUBSCRIPTION_MODULE } from "../../modules/subscription"
import type SubscriptionModuleService from "../../modules/subscription/service"
import type { SubscriptionDTO } from "../../modules/subscription/types"

/** The columns a portal or admin action may change. */
export type SubscriptionChanges = Partial<
  Pick<
    SubscriptionDTO,
    | "status"
    | "quantity"
    | "interval_days"
    | "variant_id"
    | "next_delivery_at"
    | "paused_until"
    | "pause_reason"
    | "cancelled_at"
    | "cancel_reason"
    | "failed_attempts"
    | "next_retry_at"
    | "metadata"
    | "delivery_address"
    | "skipped_delivery_at"
    | "retention_discount_percent"
    | "retention_offer_accepted_at"
    | "restarted_at"
  >
>

/** What a compensation needs to undo a change: the id and the values the change overwrote. */
export type PreviousSubscriptionValues = { id: string } & SubscriptionChanges

/** Writes `changes` and returns the values they replaced, so a compensation can put them back by id. */
export async function saveSubscription(
  container: MedusaContainer,
  id: string,
  changes: SubscriptionChanges
): Promise<{ subscription: SubscriptionDTO; previous: PreviousSubscriptionValues }> {
  const service = container.resolve<SubscriptionModuleService>(SUBSCRIPTION_MODULE)
  const current = (await service.retrieveSubscription(id)) as unknown as Record<string, unknown>
  const previous = { id, ...Object.fromEntries(Object.keys(changes).map((key) => [key, current[key]])) }
  const subscription = await service.updateSubscriptions({ id, ...changes })
  return { subscription: subscription as unknown as SubscriptionDTO, previous: previous as PreviousSubscriptionValues }
}

export async function restoreSubscription(container: MedusaContainer, previous: PreviousSubscriptionValues | undefined) {
  if (!previous) return
  const service = container.resolve<SubscriptionModuleService>(SUBSCRIPTION_MODULE)
  await service.updateSubscriptions(previous)
}
