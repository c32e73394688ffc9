import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { cancelSubscriptionStep } from "./steps/cancel-subscription"
import { loadSubscriptionStep } from "./steps/load-subscription"
import type { CancelReason } from "@biome/shared"
import { SubscriptionEvents, type SubscriptionActionInput } from "../../lib/subscriptions/subscription-rules"
import { recordActivityStep } from "./steps/record-activity"
import { actionActivity } from "../../lib/subscriptions/activity"
import { acquireSubscriptionLockStep, releaseSubscriptionLockStep } from "./subscription-lock"

export interface CancelSubscriptionWorkflowInput extends SubscriptionActionInput {
  reason: CancelReason
  comment?: string | null
}

export const cancelSubscriptionWorkflowId = "cancel-subscription"

/** Ends a subscription with the reason the customer gave; no further renewals or retries. */
export const cancelSubscriptionWorkflow = createWorkflow(cancelSubscriptionWorkflowId, (input: CancelSubscriptionWorkflowInput) => {
  acquireSubscriptionLockStep(input)
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
  releaseSubscriptionLockStep(input)

  const data = transform({ input, subscription }, ({ input, subscription }) => ({
    id: subscription.id,
    customer_id: subscription.customer_id,
    reason: input.reason,
    comment: input.comment ?? null,
  }))
  emitEventStep({ eventName: SubscriptionEvents.CANCELLED, data })
  return new WorkflowResponse(subscription)
})
