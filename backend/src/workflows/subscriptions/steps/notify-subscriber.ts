import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { notifySubscriber, type SubscriptionEmail } from "@/lib/subscriptions/notifications"

export const notifySubscriberStepId = "notify-subscriber"

export interface NotifySubscriberStepInput {
  subscription: { id: string; email: string; product_title: string }
  email: SubscriptionEmail
}

/** Emails the customer about their subscription; last in its workflow, since a sent email cannot be recalled. */
export const notifySubscriberStep = createStep(notifySubscriberStepId, async (input: NotifySubscriberStepInput, { container }) => {
  await notifySubscriber(container, input.subscription, input.email)
  return new StepResponse(undefined)
})
