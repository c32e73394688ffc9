import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { SUBSCRIPTION_MODULE } from "@/modules/subscription"
import type SubscriptionModuleService from "@/modules/subscription/service"
import type { SubscriptionDTO } from "@/modules/subscription/types"
import { restoreSubscription, saveSubscription } from "@/lib/subscriptions/save-subscription"
import { assertActionAllowed, SUBSCRIPTION_STATE_CONFLICT } from "@/lib/subscriptions/subscription-rules"

export const acceptRetentionOfferStepId = "accept-retention-offer"

export type AcceptRetentionOfferStepInput = { subscription: SubscriptionDTO; now: Date }

/**
 * Applies the shop's one-time retention discount to the next renewal, once per subscription: the acceptance
 * date is the guard, and the lock the workflow holds keeps two clicks from both passing it.
 */
export const acceptRetentionOfferStep = createStep(
  acceptRetentionOfferStepId,
  async ({ subscription, now }: AcceptRetentionOfferStepInput, { container }) => {
    assertActionAllowed(subscription.status, "change")
    if (subscription.retention_offer_accepted_at) {
      throw conflict("This subscription has already had its one-time discount.")
    }
    const percent = await container.resolve<SubscriptionModuleService>(SUBSCRIPTION_MODULE).getRetentionDiscountPercent()
    if (!(percent > 0)) throw conflict("There is no discount on offer at the moment.")
    const { subscription: saved, previous } = await saveSubscription(container, subscription.id, {
      retention_discount_percent: percent,
      retention_offer_accepted_at: new Date(now),
    })
    return new StepResponse(saved, previous)
  },
  async (previous, { container }) => restoreSubscription(container, previous)
)

const conflict = (message: string) => new MedusaError(MedusaError.Types.CONFLICT, message, SUBSCRIPTION_STATE_CONFLICT)
