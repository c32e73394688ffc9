import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { acceptRetentionOfferStep } from "./steps/accept-retention-offer"
import { loadSubscriptionStep } from "./steps/load-subscription"
import { SubscriptionEvents, type SubscriptionActionInput } from "../../lib/subscriptions/subscription-rules"
import { recordActivityStep } from "./steps/record-activity"
import { actionActivity } from "../../lib/subscriptions/activity"
import { acquireSubscriptionLockStep, releaseSubscriptionLockStep } from "./subscription-lock"

export const acceptRetentionOfferWorkflowId = "accept-subscription-retention-offer"

/** Instead of cancelling, the customer takes the one-time discount on their next delivery. */
export const acceptRetentionOfferWorkflow = createWorkflow(acceptRetentionOfferWorkflowId, (input: SubscriptionActionInput) => {
  acquireSubscriptionLockStep(input)
  const current = loadSubscriptionStep(input)
  const subscription = acceptRetentionOfferStep(transform({ current }, ({ current }) => ({ subscription: current, now: new Date() })))
  recordActivityStep(
    transform({ input, subscription }, ({ input, subscription }) =>
      actionActivity(input, "retention_discount_accepted", { percent: subscription.retention_discount_percent })
    )
  )
  releaseSubscriptionLockStep(input)

  const data = transform({ subscription }, ({ subscription }) => ({
    id: subscription.id,
    customer_id: subscription.customer_id,
    retention_discount_percent: subscription.retention_discount_percent,
  }))
  emitEventStep({ eventName: SubscriptionEvents.RETENTION_OFFER_ACCEPTED, data })
  return new WorkflowResponse(subscription)
})
