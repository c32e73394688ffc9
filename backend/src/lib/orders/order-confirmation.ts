import type { MedusaContainer } from "@medusajs/framework/types"
import { SYSTEM_PAYMENT_PROVIDER } from "@biome/shared"
import { sendEmail } from "../../emails"
import { orderConfirmation } from "../../emails/templates/order"
import { storefrontUrl } from "../storefront-url"
import { loadOrderSummary } from "../../queries/orders/order-summary"

export const ORDER_CONFIRMATION_TEMPLATE = "order-confirmation"

/**
 * Emails the customer their order: lines (with each subscription's rhythm and next charge date), totals,
 * address. Renewal orders are left to the renewal's own email, which carries the same details. Sending twice
 * (a retried event) sends once.
 */
export async function sendOrderConfirmation(container: MedusaContainer, orderId: string): Promise<"sent" | "skipped"> {
  const order = await loadOrderSummary(container, orderId)
  if (!order?.email || order.renewal_of) return "skipped"
  const { summary } = order
  const demoStore = order.payment_provider_ids.includes(SYSTEM_PAYMENT_PROVIDER)
  await sendEmail(container, {
    to: order.email,
    template: ORDER_CONFIRMATION_TEMPLATE,
    document: orderConfirmation({
      template: ORDER_CONFIRMATION_TEMPLATE,
      order: summary,
      demo_store: demoStore,
      order_url: order.has_account ? storefrontUrl(`/account/orders/${summary.id}`) : null,
    }),
    data: {
      order_id: summary.id,
      display_id: summary.display_id,
      total: summary.total,
      currency_code: summary.currency_code,
      subscription_lines: summary.lines.filter((l) => l.subscription).length,
      demo_store: demoStore,
    },
    resource_id: summary.id,
    resource_type: "order",
    idempotency_key: `order-confirmation:${summary.id}`,
  })
  return "sent"
}
