import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendOrderConfirmation } from "../lib/orders/order-confirmation"

/** Every order placed at checkout gets its confirmation email. */
export default async function orderConfirmation({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendOrderConfirmation(container, event.data.id)
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "order-confirmation-email" },
}
