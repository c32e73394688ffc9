import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { formatDeliveryDate } from "@biome/shared"

/** The emails a subscription sends, as readable plain-text templates; the provider decides how to deliver them. */
export type SubscriptionEmail =
  | { template: "subscription-renewed"; order_display_id: number | string; next_delivery_at: Date }
  | { template: "subscription-renewal-failed"; reason: string; next_retry_at: Date }
  | { template: "subscription-paused-after-failures"; reason: string }
  | { template: "subscription-cancelled-after-failures"; reason: string }
  | { template: "subscription-renewal-reminder"; next_delivery_at: Date; amount: string; manage_url: string }

interface Recipient {
  id: string
  email: string
  product_title: string
}

export function renderSubscriptionEmail(to: Recipient, email: SubscriptionEmail): { subject: string; text: string } {
  const product = to.product_title
  switch (email.template) {
    case "subscription-renewed":
      return {
        subject: `Your ${product} is on its way`,
        text: `We have renewed your ${product} subscription as order #${email.order_display_id}. Your next delivery is planned for ${formatDeliveryDate(new Date(email.next_delivery_at))}.`,
      }
    case "subscription-renewal-failed":
      return {
        subject: `We could not renew your ${product} subscription`,
        text: `Your ${product} renewal did not go through: ${email.reason}. We will try again on ${formatDeliveryDate(new Date(email.next_retry_at))}. You can update your details or skip this delivery in your account.`,
      }
    case "subscription-paused-after-failures":
      return {
        subject: `Your ${product} subscription is paused`,
        text: `We tried several times to renew your ${product} subscription and could not (${email.reason}). It is paused, and nothing will be charged until you resume it in your account.`,
      }
    case "subscription-cancelled-after-failures":
      return {
        subject: `Your ${product} subscription has ended`,
        text: `We tried several times to renew your ${product} subscription and could not (${email.reason}), so it has been cancelled. You can start a new one from the product page at any time.`,
      }
    case "subscription-renewal-reminder":
      return {
        subject: `Your next ${product} delivery is coming up`,
        text: `Your ${product} subscription renews on ${formatDeliveryDate(new Date(email.next_delivery_at))} for ${email.amount}. To skip, pause or change it, visit ${email.manage_url}.`,
      }
  }
}

/** Sends one subscription email through Medusa's notification module (the local provider in development). */
export async function notifySubscriber(container: MedusaContainer, to: Recipient, email: SubscriptionEmail) {
  const notifications = container.resolve(Modules.NOTIFICATION)
  const { template, ...data } = email
  await notifications.createNotifications({
    to: to.email,
    channel: "email",
    template,
    data: { ...data, subscription_id: to.id, product_title: to.product_title },
    content: renderSubscriptionEmail(to, email),
    resource_id: to.id,
    resource_type: "subscription",
  })
}
