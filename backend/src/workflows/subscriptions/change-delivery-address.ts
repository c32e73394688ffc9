import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { DeliveryAddress } from "../../lib/subscriptions/delivery-address"
import { changeDeliveryAddressStep } from "./steps/change-delivery-address"
import { loadSubscriptionStep } from "./steps/load-subscription"
import { SubscriptionEvents, type SubscriptionActionInput } from "../../lib/subscriptions/subscription-rules"
import { recordActivityStep } from "./steps/record-activity"
import { actionActivity, shortAddress } from "../../lib/subscriptions/activity"
import { acquireSubscriptionLockStep, releaseSubscriptionLockStep } from "./subscription-lock"

export interface ChangeDeliveryAddressWorkflowInput extends SubscriptionActionInput {
  address_id?: string
  address?: DeliveryAddress
}

export const changeDeliveryAddressWorkflowId = "change-subscription-delivery-address"

/** The customer sends their subscription somewhere else from the next renewal on. */
export const changeDeliveryAddressWorkflow = createWorkflow(
  changeDeliveryAddressWorkflowId,
  (input: ChangeDeliveryAddressWorkflowInput) => {
    acquireSubscriptionLockStep(input)
    const current = loadSubscriptionStep(input)
    const subscription = changeDeliveryAddressStep(
      transform({ input, current }, ({ input, current }) => ({
        subscription: current,
        ...(input.address_id ? { address_id: input.address_id } : {}),
        ...(input.address ? { address: input.address } : {}),
      }))
    )
    recordActivityStep(
      transform({ input, subscription }, ({ input, subscription }) =>
        actionActivity(input, "address_changed", { to: shortAddress(subscription.delivery_address) })
      )
    )
    releaseSubscriptionLockStep(input)

    const data = transform({ subscription }, ({ subscription }) => ({ id: subscription.id, customer_id: subscription.customer_id }))
    emitEventStep({ eventName: SubscriptionEvents.ADDRESS_CHANGED, data })
    return new WorkflowResponse(subscription)
  }
)
