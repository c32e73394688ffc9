import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SubscriptionDTO } from "@/modules/subscription/types"
import { restoreSubscription, saveSubscription } from "@/lib/subscriptions/save-subscription"
import { assertActionAllowed, deliveryAfterResume } from "@/lib/subscriptions/subscription-rules"

export const resumeSubscriptionStepId = "resume-subscription"

export type ResumeSubscriptionStepInput = { subscription: SubscriptionDTO }

/**
 * Makes a paused subscription active again. Its next delivery is never in the past, and failures from before
 * the pause no longer count towards the retry schedule. Compensation restores the paused state.
 */
export const resumeSubscriptionStep = createStep(
  resumeSubscriptionStepId,
  async ({ subscription }: ResumeSubscriptionStepInput, { container }) => {
    const status = assertActionAllowed(subscription.status, "resume")
    const { subscription: saved, previous } = await saveSubscription(container, subscription.id, {
      status,
      paused_until: null,
      pause_reason: null,
      next_delivery_at: deliveryAfterResume(new Date(subscription.next_delivery_at), new Date()),
      failed_attempts: 0,
      next_retry_at: null,
    })
    return new StepResponse(saved, previous)
  },
  async (previous, { container }) => restoreSubscription(container, previous)
)
