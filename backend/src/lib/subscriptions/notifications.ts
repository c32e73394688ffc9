import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { renderEmail, sendEmail, type RenderedEmail } from "../../emails"
import {
  subscriptionEmail,
  type SubscriptionEmail,
  type SubscriptionEmailContext,
  type SubscriptionRecipient,
} from "../../emails/templates/subscription"
import { storefrontUrl } from "../storefront-url"
import { loadOrderSummary } from "../../queries/orders/order-summary"
import { activityEntry, recordActivityAfterCommit, SHOP_EMAILS } from "./activity"

export type { SubscriptionEmail } from "../../emails/templates/subscription"

/** The email as the customer receives it: subject, text and HTML. */
export function renderSubscriptionEmail(
  to: SubscriptionRecipient,
  email: SubscriptionEmail,
  context: SubscriptionEmailContext = { manage_url: storefrontUrl("/account/subscriptions") }
): RenderedEmail {
  return renderEmail(subscriptionEmail(to, email, context))
}

/**
 * Sends one subscription email through Medusa's notification module. The renewal email describes its order
 * (lines, totals, address) as the order confirmation does, so it is read from the order here. Once sent, the
 * email joins the subscription's activity timeline.
 */
export async function notifySubscriber(
  container: MedusaContainer,
  to: SubscriptionRecipient,
  email: SubscriptionEmail,
  idempotencyKey?: string
) {
  const order =
    email.template === "subscription-renewed" ? await renewalOrder(container, to.id, email.order_id, email.order_display_id) : null
  const { template, ...data } = email
  await sendEmail(container, {
    to: to.email,
    template,
    document: subscriptionEmail(to, email, { manage_url: storefrontUrl("/account/subscriptions"), order }),
    data: { ...data, subscription_id: to.id, product_title: to.product_title },
    resource_id: to.id,
    resource_type: "subscription",
    ...(idempotencyKey ? { idempotency_key: idempotencyKey } : {}),
  })
  await recordActivityAfterCommit(container, [
    activityEntry(to.id, SHOP_EMAILS, "email_sent", {
      template,
      ...(email.template === "subscription-renewed" ? { order_display_id: email.order_display_id } : {}),
    }),
  ])
}

/** The renewal's order by id, or by its number among the subscription's orders. */
async function renewalOrder(container: MedusaContainer, subscriptionId: string, orderId: string | undefined, displayId: number | string) {
  try {
    const id = orderId ?? (await orderIdByDisplayId(container, subscriptionId, displayId))
    return id ? ((await loadOrderSummary(container, id))?.summary ?? null) : null
  } catch {
    // The email still goes out, naming the order number, if its details cannot be read.
    return null
  }
}

async function orderIdByDisplayId(container: MedusaContainer, subscriptionId: string, displayId: number | string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "subscription",
    fields: ["orders.id", "orders.display_id"],
    filters: { id: subscriptionId },
  })
  const orders = ((data[0] as { orders?: ({ id: string; display_id: number } | null)[] } | undefined)?.orders ?? []).filter(Boolean)
  return orders.find((o) => String(o!.display_id) === String(displayId))?.id ?? null
}
