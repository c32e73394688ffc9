import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { completeRenewalStep, type CompleteRenewalStepInput } from "./steps/complete-renewal"
import { recordRenewalFailureStep, type RecordRenewalFailureStepInput } from "./steps/record-renewal-failure"
import { linkRenewalOrderStep } from "./steps/link-renewal-order"
import { faultPointStep } from "./steps/fault-point"
import { SUBSCRIPTION_EMAIL_EVENT, type SubscriptionEmailEvent } from "../../lib/subscriptions/subscription-email-event"

type Recipient = { id: string; email: string; product_title: string }

/**
 * A paid renewal order exists: link it, then record it and advance the date in one transaction. The email is
 * an event, released only once the workflow has succeeded and sent by a subscriber that retries: a mail
 * server that fails can delay the email, never undo the renewal or cause a second order.
 */
export const completeRenewalWorkflow = createWorkflow(
  "complete-subscription-renewal",
  (input: CompleteRenewalStepInput & { recipient: Recipient; order_display_id: number | string }) => {
    linkRenewalOrderStep({ subscription_id: input.subscription_id, order_id: input.order_id })
    faultPointStep(
      transform({ input }, ({ input }) => ({
        point: "renewal:before-complete" as const,
        renewal_id: input.renewal_id,
        order_id: input.order_id,
      }))
    )
    completeRenewalStep(input)
    const email = transform(
      { input },
      ({ input }): SubscriptionEmailEvent => ({
        idempotency_key: `subscription-renewed:${input.renewal_id}`,
        recipient: input.recipient,
        email: {
          template: "subscription-renewed" as const,
          order_id: input.order_id,
          order_display_id: input.order_display_id,
          next_delivery_at: input.next_delivery_at,
        },
      })
    )
    emitEventStep({ eventName: SUBSCRIPTION_EMAIL_EVENT, data: email }).config({ name: "emit-subscription-renewed-email" })
    return new WorkflowResponse(undefined)
  }
)

/** A renewal attempt failed: record why, schedule the retry or pause, and tell the customer either way. */
export const recordRenewalFailureWorkflow = createWorkflow(
  "record-subscription-renewal-failure",
  (input: RecordRenewalFailureStepInput & { recipient: Recipient }) => {
    const outcome = recordRenewalFailureStep(input)
    const email = transform(
      { input, outcome },
      ({ input, outcome }): SubscriptionEmailEvent => ({
        idempotency_key: `subscription-renewal-failed:${input.renewal_id}`,
        recipient: input.recipient,
        email:
          outcome.status === "past_due"
            ? { template: "subscription-renewal-failed" as const, reason: input.failure_reason, next_retry_at: outcome.next_retry_at }
            : outcome.status === "paused"
              ? { template: "subscription-paused-after-failures" as const, reason: input.failure_reason }
              : { template: "subscription-cancelled-after-failures" as const, reason: input.failure_reason },
      })
    )
    emitEventStep({ eventName: SUBSCRIPTION_EMAIL_EVENT, data: email }).config({ name: "emit-subscription-renewal-failed-email" })
    return new WorkflowResponse(outcome)
  }
)
