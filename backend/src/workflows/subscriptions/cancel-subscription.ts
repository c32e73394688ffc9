import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { cancelSubscriptionStep } from "./steps/cancel-subscription"
import { loadSubscriptionStep } from "./steps/load-subscription"
import { SubscriptionEvents, subscriptionLockKey, type CancelReason, type SubscriptionActionInput } from "./subscription-rules"
import { recordActivityStep } from "./steps/record-activity"
import { actionActivity } from "./activity"

export interface CancelSubscriptionWorkflowInput extends SubscriptionActionInput {
  reason: CancelReason
  comment?: string | null
}

export const cancelSubscriptionWorkflowId = "cancel-subscription"

/** Ends a subscription with the reason the customer gave; no further renewals or retries. */
export const cancelSubscriptionWorkflow = createWorkflow(cancelSubscriptionWorkflowId, (input: CancelSubscriptionWorkflowInput) => {
  const lockKey = transform({ input }, ({ input }) => subscriptionLockKey(input.subscription_id))
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  const current = loadSubscriptionStep(input)
  const cancel = transform({ input, current }, ({ input, current }) => ({
    subscription: current,
    reason: input.reason,
    comment: input.comment ?? null,
  }))
  const subscription = cancelSubscriptionStep(cancel)
  recordActivityStep(
    transform({ input }, ({ input }) => actionActivity(input, "cancelled", { reason: input.reason, comment: input.comment ?? null }))
  )
  releaseLockStep({ key: lockKey })

  const data = transform({ input, subscription }, ({ input, subscription }) => ({
    id: subscription.id,
    customer_id: subscription.customer_id,
    reason: input.reason,
    comment: input.comment ?? null,
  }))
  emitEventStep({ eventName: SubscriptionEvents.CANCELLED, data })
  return new WorkflowResponse(subscription)
})
