import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SubscriptionDTO } from "@/modules/subscription/types"
import { restoreSubscription, saveSubscription } from "@/lib/subscriptions/save-subscription"
import { assertActionAllowed, deliveryAfterSkip } from "@/lib/subscriptions/subscription-rules"

export const skipNextDeliveryStepId = "skip-next-delivery"

export type SkipNextDeliveryStepInput = { subscription: SubscriptionDTO }

/** Moves an active subscription's next delivery one interval on, keeping the skipped date for an undo; compensation puts the date back. */
export const skipNextDeliveryStep = createStep(
  skipNextDeliveryStepId,
  async ({ subscription }: SkipNextDeliveryStepInput, { container }) => {
    assertActionAllowed(subscription.status, "skip")
    const next = deliveryAfterSkip(new Date(subscription.next_delivery_at), subscription.interval_days, new Date())
    const { subscription: saved, previous } = await saveSubscription(container, subscription.id, {
      next_delivery_at: next,
      skipped_delivery_at: subscription.next_delivery_at,
    })
    return new StepResponse(saved, previous)
  },
  async (previous, { container }) => restoreSubscription(container, previous)
)
