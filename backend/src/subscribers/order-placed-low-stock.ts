import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { checkLowStock } from "../workflows/inventory/check-low-stock"
import { variantsOfOrder } from "../workflows/inventory/stock-events"

/**
 * An order (a checkout or a subscription renewal) took stock and may have started subscriptions: the variants it
 * contains are checked against their low-stock thresholds.
 */
export default async function orderPlacedLowStock({ event, container }: SubscriberArgs<{ id: string }>) {
  try {
    await checkLowStock(container, await variantsOfOrder(container, event.data.id))
  } catch (e) {
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`Checking low stock after order ${event.data.id} failed: ${(e as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "inventory-order-placed-low-stock" },
}
