import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SubscriptionDTO } from "@/modules/subscription/types"
import { restoreSubscription, saveSubscription } from "@/lib/subscriptions/save-subscription"
import { assertActionAllowed, assertPauseEnd } from "@/lib/subscriptions/subscription-rules"

export const pauseSubscriptionStepId = "pause-subscription"

export type PauseSubscriptionStepInput = {
  subscription: SubscriptionDTO
  /** When the pause ends; null pauses until someone resumes it. */
  until: Date | string | null
  reason: string
}

/** Pauses renewals (and any pending payment retry); compensation restores the previous state. */
export const pauseSubscriptionStep = createStep(
  pauseSubscriptionStepId,
  async ({ subscription, until, reason }: PauseSubscriptionStepInput, { container }) => {
    const status = assertActionAllowed(subscription.status, "pause")
    const pausedUntil = until === null ? null : new Date(until)
    assertPauseEnd(pausedUntil, new Date())
    const { subscription: saved, previous } = await saveSubscription(container, subscription.id, {
      status,
      paused_until: pausedUntil,
      pause_reason: reason,
      next_retry_at: null,
    })
    return new StepResponse(saved, previous)
  },
  async (previous, { container }) => restoreSubscription(container, previous)
)
