import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SubscriptionDTO } from "@/modules/subscription/types"
import { restoreSubscription, saveSubscription } from "@/lib/subscriptions/save-subscription"
import type { CancelReason } from "@biome/shared"
import { assertActionAllowed } from "@/lib/subscriptions/subscription-rules"

export const cancelSubscriptionStepId = "cancel-subscription"

export type CancelSubscriptionStepInput = {
  subscription: SubscriptionDTO
  reason: CancelReason
  comment?: string | null
}

/** Ends a subscription for good, keeping why; compensation restores the previous state. */
export const cancelSubscriptionStep = createStep(
  cancelSubscriptionStepId,
  async ({ subscription, reason, comment }: CancelSubscriptionStepInput, { container }) => {
    const status = assertActionAllowed(subscription.status, "cancel")
    const metadata = { ...(subscription.metadata ?? {}), cancel_comment: comment ?? null }
    const { subscription: saved, previous } = await saveSubscription(container, subscription.id, {
      status,
      cancelled_at: new Date(),
      cancel_reason: reason,
      paused_until: null,
      next_retry_at: null,
      metadata,
    })
    return new StepResponse(saved, previous)
  },
  async (previous, { container }) => restoreSubscription(container, previous)
)
