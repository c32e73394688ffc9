import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import type { SubscriptionDTO } from "@/modules/subscription/types"
import { restoreSubscription, saveSubscription } from "@/lib/subscriptions/save-subscription"
import { assertActionAllowed, earliestNextDelivery, SUBSCRIPTION_STATE_CONFLICT } from "@/lib/subscriptions/subscription-rules"

export const undoSkipStepId = "undo-skip-next-delivery"

export type UndoSkipStepInput = { subscription: SubscriptionDTO; now: Date }

/** Puts a skipped delivery back on its date while that date still lies ahead; compensation skips it again. */
export const undoSkipStep = createStep(
  undoSkipStepId,
  async ({ subscription, now }: UndoSkipStepInput, { container }) => {
    assertActionAllowed(subscription.status, "skip")
    const skipped = subscription.skipped_delivery_at ? new Date(subscription.skipped_delivery_at) : null
    if (!skipped) throw conflict("There is no skipped delivery to bring back.")
    if (skipped < earliestNextDelivery(new Date(now))) {
      throw conflict("The skipped delivery's date has passed, so it can no longer be brought back. Choose a new date instead.")
    }
    const { subscription: saved, previous } = await saveSubscription(container, subscription.id, {
      next_delivery_at: skipped,
      skipped_delivery_at: null,
    })
    return new StepResponse(saved, previous)
  },
  async (previous, { container }) => restoreSubscription(container, previous)
)

const conflict = (message: string) => new MedusaError(MedusaError.Types.CONFLICT, message, SUBSCRIPTION_STATE_CONFLICT)
