import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { changeSubscriptionStep, type SubscriptionChangeRequest } from "./steps/change-subscription"
import { loadSubscriptionStep } from "./steps/load-subscription"
import { loadSubscriptionProductStep } from "./steps/load-subscription-product"
import { SubscriptionEvents, type SubscriptionActionInput } from "../../lib/subscriptions/subscription-rules"
import { recordActivityStep } from "./steps/record-activity"
import { changeActivity } from "../../lib/subscriptions/activity"
import { acquireSubscriptionLockStep, releaseSubscriptionLockStep } from "./subscription-lock"

export interface ChangeSubscriptionWorkflowInput extends SubscriptionActionInput {
  changes: SubscriptionChangeRequest
}

export const changeSubscriptionWorkflowId = "change-subscription"

/** Changes a subscription's frequency, quantity, size or next delivery date. */
export const changeSubscriptionWorkflow = createWorkflow(changeSubscriptionWorkflowId, (input: ChangeSubscriptionWorkflowInput) => {
  acquireSubscriptionLockStep(input)
  const current = loadSubscriptionStep(input)
  const product = loadSubscriptionProductStep(transform({ current }, ({ current }) => ({ product_id: current.product_id })))
  const subscription = changeSubscriptionStep({ subscription: current, product, changes: input.changes })
  recordActivityStep(
    transform({ input, current, subscription }, ({ input, current, subscription }) => changeActivity(input, current, subscription))
  )
  releaseSubscriptionLockStep(input)

  const data = transform({ input, subscription }, ({ input, subscription }) => ({
    id: subscription.id,
    customer_id: subscription.customer_id,
    changed: Object.keys(input.changes),
  }))
  emitEventStep({ eventName: SubscriptionEvents.UPDATED, data })
  return new WorkflowResponse(subscription)
})
