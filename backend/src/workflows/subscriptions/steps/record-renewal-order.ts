import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUBSCRIPTION_MODULE } from "@/modules/subscription"
import type SubscriptionModuleService from "@/modules/subscription/service"

export const recordRenewalOrderStepId = "record-renewal-order"

export interface RecordRenewalOrderStepInput {
  renewal_id: string
  order_id: string
}

/**
 * Notes the order on the renewal attempt as soon as it exists, so a run that crashes after this point is
 * finished by the next one with this order instead of placing a second.
 */
export const recordRenewalOrderStep = createStep(
  recordRenewalOrderStepId,
  async (input: RecordRenewalOrderStepInput, { container }) => {
    await container
      .resolve<SubscriptionModuleService>(SUBSCRIPTION_MODULE)
      .updateSubscriptionRenewals({ id: input.renewal_id, order_id: input.order_id })
    return new StepResponse(undefined, input.renewal_id)
  },
  async (renewalId, { container }) => {
    if (!renewalId) return
    await container.resolve<SubscriptionModuleService>(SUBSCRIPTION_MODULE).updateSubscriptionRenewals({ id: renewalId, order_id: null })
  }
)
