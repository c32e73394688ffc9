import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { loadSubscriptionStep } from "./steps/load-subscription"
import { resumeSubscriptionStep } from "./steps/resume-subscription"
import { SubscriptionEvents, subscriptionLockKey, type SubscriptionActionInput } from "./subscription-rules"
import { recordActivityStep } from "./steps/record-activity"
import { actionActivity, isoDate } from "./activity"

export const resumeSubscriptionWorkflowId = "resume-subscription"

/** Resumes a paused subscription; the next delivery is the planned one, or tomorrow if that has passed. */
export const resumeSubscriptionWorkflow = createWorkflow(resumeSubscriptionWorkflowId, (input: SubscriptionActionInput) => {
  const lockKey = transform({ input }, ({ input }) => subscriptionLockKey(input.subscription_id))
  acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })
  const current = loadSubscriptionStep(input)
  const subscription = resumeSubscriptionStep({ subscription: current })
  recordActivityStep(
    transform({ input, subscription }, ({ input, subscription }) => actionActivity(input, "resumed", { date: isoDate(subscription.next_delivery_at) }))
  )
  releaseLockStep({ key: lockKey })

  const data = transform({ subscription }, ({ subscription }) => ({
    id: subscription.id,
    customer_id: subscription.customer_id,
    next_delivery_at: subscription.next_delivery_at,
  }))
  emitEventStep({ eventName: SubscriptionEvents.RESUMED, data })
  return new WorkflowResponse(subscription)
})
