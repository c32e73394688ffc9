import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUBSCRIPTION_MODULE } from "@/modules/subscription"
import type SubscriptionModuleService from "@/modules/subscription/service"

export const completeRenewalStepId = "complete-subscription-renewal"

export interface CompleteRenewalStepInput {
  renewal_id: string
  subscription_id: string
  order_id: string
  next_delivery_at: Date
  /** The subscription's metadata after this delivery (products added to it taken off the list). */
  metadata?: Record<string, unknown>
}

/** Marks a renewal period as paid for and moves the subscription on to its next delivery. */
export const completeRenewalStep = createStep(
  completeRenewalStepId,
  async (input: CompleteRenewalStepInput, { container }) => {
    const service = container.resolve<SubscriptionModuleService>(SUBSCRIPTION_MODULE)
    const before = await service.retrieveSubscription(input.subscription_id)
    await service.completeRenewal({
      renewal_id: input.renewal_id,
      subscription_id: input.subscription_id,
      order_id: input.order_id,
      next_delivery_at: new Date(input.next_delivery_at),
      ...(input.metadata ? { metadata: input.metadata } : {}),
    })
    return new StepResponse(undefined, {
      renewal_id: input.renewal_id,
      subscription: {
        id: before.id,
        status: before.status,
        next_delivery_at: before.next_delivery_at,
        failed_attempts: before.failed_attempts,
        next_retry_at: before.next_retry_at,
        last_failure_reason: before.last_failure_reason,
        retention_discount_percent: before.retention_discount_percent,
        skipped_delivery_at: before.skipped_delivery_at,
        metadata: before.metadata,
      },
    })
  },
  async (previous, { container }) => {
    if (!previous) return
    const service = container.resolve<SubscriptionModuleService>(SUBSCRIPTION_MODULE)
    // The order stays noted on the attempt: it is paid for, and the next run records it instead of ordering again.
    await service.updateSubscriptionRenewals({ id: previous.renewal_id, status: "processing" })
    await service.updateSubscriptions(previous.subscription)
  }
)
