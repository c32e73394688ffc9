import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { loadSubscriptionStep } from "./steps/load-subscription"
import { skipNextDeliveryStep } from "./steps/skip-next-delivery"
import { SubscriptionEvents, type SubscriptionActionInput } from "../../lib/subscriptions/subscription-rules"
import { recordActivityStep } from "./steps/record-activity"
import { actionActivity, isoDate } from "../../lib/subscriptions/activity"
import { acquireSubscriptionLockStep, releaseSubscriptionLockStep } from "./subscription-lock"

export const skipNextDeliveryWorkflowId = "skip-next-subscription-delivery"

/** The customer skips the upcoming delivery: the next one comes an interval later. */
export const skipNextDeliveryWorkflow = createWorkflow(skipNextDeliveryWorkflowId, (input: SubscriptionActionInput) => {
  acquireSubscriptionLockStep(input)
  const current = loadSubscriptionStep(input)
  const subscription = skipNextDeliveryStep({ subscription: current })
  recordActivityStep(
    transform({ input, current, subscription }, ({ input, current, subscription }) =>
      actionActivity(input, "skipped", { date: isoDate(current.next_delivery_at), to: isoDate(subscription.next_delivery_at) })
    )
  )
  releaseSubscriptionLockStep(input)

  const data = transform({ current, subscription }, ({ current, subscription }) => ({
    id: subscription.id,
    customer_id: subscription.customer_id,
    skipped_delivery_at: current.next_delivery_at,
    next_delivery_at: subscription.next_delivery_at,
  }))
  emitEventStep({ eventName: SubscriptionEvents.SKIPPED, data })
  return new WorkflowResponse(subscription)
})
