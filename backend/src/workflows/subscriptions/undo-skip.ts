import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { loadSubscriptionStep } from "./steps/load-subscription"
import { undoSkipStep } from "./steps/undo-skip"
import { SubscriptionEvents, type SubscriptionActionInput } from "../../lib/subscriptions/subscription-rules"
import { recordActivityStep } from "./steps/record-activity"
import { actionActivity, isoDate } from "../../lib/subscriptions/activity"
import { acquireSubscriptionLockStep, releaseSubscriptionLockStep } from "./subscription-lock"

export const undoSkipWorkflowId = "undo-skip-next-delivery"

/** The customer changes their mind about a skip: the skipped delivery comes on its old date after all. */
export const undoSkipWorkflow = createWorkflow(undoSkipWorkflowId, (input: SubscriptionActionInput) => {
  acquireSubscriptionLockStep(input)
  const current = loadSubscriptionStep(input)
  const subscription = undoSkipStep(transform({ current }, ({ current }) => ({ subscription: current, now: new Date() })))
  recordActivityStep(
    transform({ input, current, subscription }, ({ input, current, subscription }) =>
      actionActivity(input, "skip_undone", { date: isoDate(subscription.next_delivery_at), from: isoDate(current.next_delivery_at) })
    )
  )
  releaseSubscriptionLockStep(input)

  const data = transform({ subscription }, ({ subscription }) => ({
    id: subscription.id,
    customer_id: subscription.customer_id,
    next_delivery_at: subscription.next_delivery_at,
  }))
  emitEventStep({ eventName: SubscriptionEvents.SKIP_UNDONE, data })
  return new WorkflowResponse(subscription)
})
