import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { loadSubscriptionStep } from "./steps/load-subscription"
import { pauseSubscriptionStep } from "./steps/pause-subscription"
import { SubscriptionEvents, type SubscriptionActionInput } from "../../lib/subscriptions/subscription-rules"
import { recordActivityStep } from "./steps/record-activity"
import { actionActivity, isoDate } from "../../lib/subscriptions/activity"
import { acquireSubscriptionLockStep, releaseSubscriptionLockStep } from "./subscription-lock"

export interface PauseSubscriptionWorkflowInput extends SubscriptionActionInput {
  /** ISO date the pause ends; absent or null pauses until resumed. */
  until?: Date | string | null
  /** Why it was paused, e.g. "customer_request" from the portal or an admin's note. */
  reason?: string
}

export const pauseSubscriptionWorkflowId = "pause-subscription"

/** Pauses renewals until a date or until someone resumes them. */
export const pauseSubscriptionWorkflow = createWorkflow(pauseSubscriptionWorkflowId, (input: PauseSubscriptionWorkflowInput) => {
  acquireSubscriptionLockStep(input)
  const current = loadSubscriptionStep(input)
  const pause = transform({ input, current }, ({ input, current }) => ({
    subscription: current,
    until: input.until ?? null,
    reason: input.reason ?? "customer_request",
  }))
  const subscription = pauseSubscriptionStep(pause)
  recordActivityStep(
    transform({ input, subscription }, ({ input, subscription }) =>
      actionActivity(input, "paused", { until: isoDate(subscription.paused_until), reason: subscription.pause_reason })
    )
  )
  releaseSubscriptionLockStep(input)

  const data = transform({ subscription }, ({ subscription }) => ({
    id: subscription.id,
    customer_id: subscription.customer_id,
    paused_until: subscription.paused_until,
    reason: subscription.pause_reason,
  }))
  emitEventStep({ eventName: SubscriptionEvents.PAUSED, data })
  return new WorkflowResponse(subscription)
})
