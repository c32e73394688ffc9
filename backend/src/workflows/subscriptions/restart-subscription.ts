import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { loadSubscriptionStep } from "./steps/load-subscription"
import { restartSubscriptionStep } from "./steps/restart-subscription"
import { SubscriptionEvents, type SubscriptionActionInput } from "../../lib/subscriptions/subscription-rules"
import { recordActivityStep } from "./steps/record-activity"
import { actionActivity, isoDate } from "../../lib/subscriptions/activity"
import { acquireSubscriptionLockStep, releaseSubscriptionLockStep } from "./subscription-lock"

export interface RestartSubscriptionWorkflowInput extends SubscriptionActionInput {
  next_delivery_at?: Date | string | null
}

export const restartSubscriptionWorkflowId = "restart-subscription"

/** A cancelled subscription starts again: active, with a new next delivery; the restart is recorded. */
export const restartSubscriptionWorkflow = createWorkflow(restartSubscriptionWorkflowId, (input: RestartSubscriptionWorkflowInput) => {
  acquireSubscriptionLockStep(input)
  const current = loadSubscriptionStep(input)
  const subscription = restartSubscriptionStep(
    transform({ input, current }, ({ input, current }) => ({
      subscription: current,
      next_delivery_at: input.next_delivery_at ?? null,
      now: new Date(),
    }))
  )
  recordActivityStep(
    transform({ input, subscription }, ({ input, subscription }) =>
      actionActivity(input, "restarted", { date: isoDate(subscription.next_delivery_at) })
    )
  )
  releaseSubscriptionLockStep(input)

  const data = transform({ subscription }, ({ subscription }) => ({
    id: subscription.id,
    customer_id: subscription.customer_id,
    next_delivery_at: subscription.next_delivery_at,
    restarted_at: subscription.restarted_at,
  }))
  emitEventStep({ eventName: SubscriptionEvents.RESTARTED, data })
  return new WorkflowResponse(subscription)
})
