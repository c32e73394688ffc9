import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { completeRenewalStep, type CompleteRenewalStepInput } from "./steps/complete-renewal"
import { recordRenewalFailureStep, type RecordRenewalFailureStepInput } from "./steps/record-renewal-failure"
import { notifySubscriberStep } from "./steps/notify-subscriber"
import { linkRenewalOrderStep } from "./steps/link-renewal-order"

type Recipient = { id: string; email: string; product_title: string }

/** A renewal order exists: record it, link it to the subscription, advance the date, tell the customer. */
export const completeRenewalWorkflow = createWorkflow(
  "complete-subscription-renewal",
  (input: CompleteRenewalStepInput & { recipient: Recipient; order_display_id: number | string }) => {
    completeRenewalStep(input)
    linkRenewalOrderStep({ subscription_id: input.subscription_id, order_id: input.order_id })
    const email = transform({ input }, ({ input }) => ({
      subscription: input.recipient,
      email: {
        template: "subscription-renewed" as const,
        order_display_id: input.order_display_id,
        next_delivery_at: input.next_delivery_at,
      },
    }))
    notifySubscriberStep(email)
    return new WorkflowResponse(undefined)
  }
)

/** A renewal attempt failed: record why, schedule the retry or pause, and tell the customer either way. */
export const recordRenewalFailureWorkflow = createWorkflow(
  "record-subscription-renewal-failure",
  (input: RecordRenewalFailureStepInput & { recipient: Recipient }) => {
    const outcome = recordRenewalFailureStep(input)
    const email = transform({ input, outcome }, ({ input, outcome }) => ({
      subscription: input.recipient,
      email:
        outcome.status === "past_due"
          ? { template: "subscription-renewal-failed" as const, reason: input.failure_reason, next_retry_at: outcome.next_retry_at }
          : outcome.status === "paused"
            ? { template: "subscription-paused-after-failures" as const, reason: input.failure_reason }
            : { template: "subscription-cancelled-after-failures" as const, reason: input.failure_reason },
    }))
    notifySubscriberStep(email)
    return new WorkflowResponse(outcome)
  }
)
