import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SUBSCRIPTION_EMAIL_EVENT, sendSubscriptionEmail, type SubscriptionEmailEvent } from "../lib/subscriptions/subscription-email-event"

/** Renewal emails, sent after the renewal's outcome is committed (see completeRenewalWorkflow). */
export default async function subscriptionEmails({ event, container }: SubscriberArgs<SubscriptionEmailEvent>) {
  try {
    await sendSubscriptionEmail(container, event.data)
  } catch (e) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`Subscription email ${event.data.idempotency_key} to subscription ${event.data.recipient.id} failed: ${(e as Error).message}`)
    throw e
  }
}

export const config: SubscriberConfig = {
  event: SUBSCRIPTION_EMAIL_EVENT,
  context: { subscriberId: "subscription-emails" },
}
