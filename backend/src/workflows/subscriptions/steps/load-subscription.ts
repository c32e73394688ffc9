import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUBSCRIPTION_MODULE } from "@/modules/subscription"
import type SubscriptionModuleService from "@/modules/subscription/service"
import type { SubscriptionDTO } from "@/modules/subscription/types"
import { subscriptionNotFound } from "@/lib/subscriptions/subscription-rules"

export const loadSubscriptionStepId = "load-subscription"

export type LoadSubscriptionStepInput = {
  subscription_id: string
  /** Set by the store: another customer's subscription is not found, exactly like a missing one. */
  customer_id?: string
}

/** Reads the subscription an action is about, scoped to its customer when the store asks. */
export const loadSubscriptionStep = createStep(
  loadSubscriptionStepId,
  async ({ subscription_id, customer_id }: LoadSubscriptionStepInput, { container }) => {
    const service = container.resolve<SubscriptionModuleService>(SUBSCRIPTION_MODULE)
    const [subscription] = await service.listSubscriptions(
      { id: subscription_id, ...(customer_id !== undefined ? { customer_id } : {}) },
      { take: 1 }
    )
    if (!subscription) throw subscriptionNotFound(subscription_id)
    return new StepResponse(subscription as unknown as SubscriptionDTO)
  }
)
