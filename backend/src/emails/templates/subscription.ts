import { formatDeliveryDate } from "@biome/shared"
import type { EmailBlock, EmailDocument } from "../document"
import { SHOP_NAME } from "../document"
import { orderBlocks, type OrderSummary } from "./order"

/** The emails a subscription sends, with the data each one is given. */
export type SubscriptionEmail =
  | { template: "subscription-renewed"; order_display_id: number | string; next_delivery_at: Date; order_id?: string }
  | { template: "subscription-renewal-failed"; reason: string; next_retry_at: Date }
  | { template: "subscription-paused-after-failures"; reason: string }
  | { template: "subscription-cancelled-after-failures"; reason: string }
  | { template: "subscription-renewal-reminder"; next_delivery_at: Date; amount: string; manage_url: string }

export type SubscriptionEmailTemplate = SubscriptionEmail["template"]

export interface SubscriptionRecipient {
  id: string
  email: string
  product_title: string
}

export interface SubscriptionEmailContext {
  /** The portal page where the customer skips, pauses, changes or cancels. */
  manage_url: string
  /** The renewal order, for "subscription-renewed"; without it the email names the order number only. */
  order?: OrderSummary | null
}

const day = (date: Date | string) => formatDeliveryDate(new Date(date))

export function subscriptionEmail(to: SubscriptionRecipient, email: SubscriptionEmail, context: SubscriptionEmailContext): EmailDocument {
  const product = to.product_title
  const manage: EmailBlock = { type: "action", label: "Manage your subscription", url: context.manage_url }
  const footer: EmailBlock[] = [
    { type: "paragraph", text: `You are receiving this email because you subscribe to ${product} at ${SHOP_NAME}.` },
    { type: "paragraph", text: "You can skip, pause or cancel your subscription at any time from your account." },
  ]
  switch (email.template) {
    case "subscription-renewed":
      return {
        subject: `Your ${product} is on its way`,
        preview: `Order #${email.order_display_id} is placed. Your next delivery is planned for ${day(email.next_delivery_at)}.`,
        heading: `Your ${product} subscription has renewed`,
        blocks: [
          { type: "paragraph", text: `We have renewed your ${product} subscription as order #${email.order_display_id}.` },
          ...(context.order ? orderBlocks(context.order) : []),
          { type: "paragraph", text: `Your next delivery is planned for ${day(email.next_delivery_at)}.` },
          manage,
        ],
        footer,
      }
    case "subscription-renewal-failed":
      return {
        subject: `We could not renew your ${product} subscription`,
        preview: `We will try again on ${day(email.next_retry_at)}.`,
        heading: "Your renewal did not go through",
        blocks: [
          { type: "paragraph", text: `Your ${product} renewal did not go through: ${email.reason}.` },
          { type: "paragraph", text: `We will try again on ${day(email.next_retry_at)}. Nothing has been charged for this delivery yet.` },
          {
            type: "paragraph",
            text: "If your card or address has changed, please update it in your account before then. You can also skip this delivery.",
          },
          manage,
        ],
        footer,
      }
    case "subscription-paused-after-failures":
      return {
        subject: `Your ${product} subscription is paused`,
        preview: "Nothing will be charged until you resume it.",
        heading: "Your subscription is paused",
        blocks: [
          { type: "paragraph", text: `We tried several times to renew your ${product} subscription and could not (${email.reason}).` },
          { type: "paragraph", text: "It is paused, and nothing will be charged until you resume it in your account." },
          manage,
        ],
        footer,
      }
    case "subscription-cancelled-after-failures":
      return {
        subject: `Your ${product} subscription has ended`,
        preview: "You can start a new one at any time.",
        heading: "Your subscription has ended",
        blocks: [
          {
            type: "paragraph",
            text: `We tried several times to renew your ${product} subscription and could not (${email.reason}), so it has been cancelled.`,
          },
          { type: "paragraph", text: "Nothing more will be charged. You can start a new subscription from the product page at any time." },
          manage,
        ],
        footer,
      }
    case "subscription-renewal-reminder":
      return {
        subject: `Your next ${product} delivery is coming up`,
        preview: `It renews on ${day(email.next_delivery_at)} for ${email.amount}.`,
        heading: "Your next delivery is coming up",
        blocks: [
          { type: "paragraph", text: `Your ${product} subscription renews on ${day(email.next_delivery_at)} for ${email.amount}.` },
          {
            type: "paragraph",
            text: "If you would like it on another day, in another quantity, or not this time, change it in your account before then.",
          },
          { type: "action", label: "Review your subscription", url: email.manage_url },
        ],
        footer,
      }
  }
}
