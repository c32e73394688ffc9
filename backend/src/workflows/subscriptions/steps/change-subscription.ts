import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { listDays, validateNextDate } from "@biome/shared"
import type { SubscriptionDTO } from "@/modules/subscription/types"
import { restoreSubscription, saveSubscription, type SubscriptionChanges } from "@/lib/subscriptions/save-subscription"
import { assertActionAllowed } from "@/lib/subscriptions/subscription-rules"
import type { SubscriptionProduct } from "./load-subscription-product"

export const changeSubscriptionStepId = "change-subscription"

export interface SubscriptionChangeRequest {
  interval_days?: number
  quantity?: number
  variant_id?: string
  next_delivery_at?: Date | string
}

export type ChangeSubscriptionStepInput = {
  subscription: SubscriptionDTO
  product: SubscriptionProduct
  changes: SubscriptionChangeRequest
}

/**
 * Changes frequency, quantity, size or the next date, each checked against what the product offers and the
 * dates a customer may pick. Compensation restores the values it replaced.
 */
export const changeSubscriptionStep = createStep(
  changeSubscriptionStepId,
  async ({ subscription, product, changes }: ChangeSubscriptionStepInput, { container }) => {
    assertActionAllowed(subscription.status, "change")
    const update: SubscriptionChanges = {}
    if (changes.interval_days !== undefined) {
      if (!product.offer.interval_days.includes(changes.interval_days)) {
        throw invalid(
          `${product.title} can be delivered every ${listDays(product.offer.interval_days)} days, not every ${changes.interval_days} days`
        )
      }
      update.interval_days = changes.interval_days
    }
    if (changes.quantity !== undefined) update.quantity = changes.quantity
    if (changes.variant_id !== undefined) {
      if (!product.variant_ids.includes(changes.variant_id)) {
        throw invalid(
          `Variant ${changes.variant_id} is not a size of ${product.title}; a subscription can switch only between sizes of the same product`
        )
      }
      update.variant_id = changes.variant_id
    }
    if (changes.next_delivery_at !== undefined) {
      const next = new Date(changes.next_delivery_at)
      const check = validateNextDate(next, new Date(), update.interval_days ?? subscription.interval_days)
      if (!check.ok) throw invalid(check.reason)
      update.next_delivery_at = next
    }
    const { subscription: saved, previous } = await saveSubscription(container, subscription.id, update)
    return new StepResponse(saved, previous)
  },
  async (previous, { container }) => restoreSubscription(container, previous)
)

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
