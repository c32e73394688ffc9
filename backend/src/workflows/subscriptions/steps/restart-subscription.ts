import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { validateNextDate } from "@biome/shared"
import type { SubscriptionDTO } from "@/modules/subscription/types"
import { restoreSubscription, saveSubscription } from "@/lib/subscriptions/save-subscription"
import { assertActionAllowed, earliestNextDelivery } from "@/lib/subscriptions/subscription-rules"

export const restartSubscriptionStepId = "restart-subscription"

export type RestartSubscriptionStepInput = {
  subscription: SubscriptionDTO
  /** The first delivery after the restart; tomorrow when not given. */
  next_delivery_at: Date | string | null
  now: Date
}

/**
 * Brings a cancelled subscription back with a new next date, recording when; the cancellation's reason stays
 * in the metadata for the record. Compensation restores the cancelled state.
 */
export const restartSubscriptionStep = createStep(
  restartSubscriptionStepId,
  async ({ subscription, next_delivery_at, now }: RestartSubscriptionStepInput, { container }) => {
    const status = assertActionAllowed(subscription.status, "restart")
    const today = new Date(now)
    const next = next_delivery_at ? new Date(next_delivery_at) : earliestNextDelivery(today)
    const check = validateNextDate(next, today, subscription.interval_days)
    if (!check.ok) throw new MedusaError(MedusaError.Types.INVALID_DATA, check.reason)
    const metadata = {
      ...(subscription.metadata ?? {}),
      last_cancellation: {
        cancelled_at: subscription.cancelled_at,
        reason: subscription.cancel_reason,
        comment: (subscription.metadata as Record<string, unknown> | null)?.cancel_comment ?? null,
      },
      cancel_comment: null,
    }
    const { subscription: saved, previous } = await saveSubscription(container, subscription.id, {
      status,
      next_delivery_at: next,
      restarted_at: today,
      cancelled_at: null,
      cancel_reason: null,
      paused_until: null,
      pause_reason: null,
      failed_attempts: 0,
      next_retry_at: null,
      skipped_delivery_at: null,
      metadata,
    })
    return new StepResponse(saved, previous)
  },
  async (previous, { container }) => restoreSubscription(container, previous)
)
