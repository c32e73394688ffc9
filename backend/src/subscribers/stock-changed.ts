import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { checkLowStock } from "../workflows/inventory/check-low-stock"
import { notifyBackInStock } from "../workflows/inventory/notify-back-in-stock"
import { eventIds, variantsOfInventoryLevels } from "../lib/inventory/stock-events"

/**
 * Stock moved at a location: a delivery came in, an admin counted, or a reservation was made or released
 * (reservations change the level's reserved quantity, so every order and renewal arrives here too, deletions
 * included, which is why no order event is needed).
 * Re-checks the low-stock threshold of the variants concerned and tells waiting shoppers about the ones that are back.
 */
export default async function stockChanged({ event, container }: SubscriberArgs<{ id?: string | string[] }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const variantIds = await variantsOfInventoryLevels(container, eventIds(event.data)).catch((e: Error) => {
    logger.error(`Finding the variants of ${event.name} failed: ${e.message}`)
    return [] as string[]
  })
  if (!variantIds.length) return
  // One failing must not keep the other from running.
  const [lowStock, backInStock] = await Promise.allSettled([checkLowStock(container, variantIds), notifyBackInStock(container, variantIds)])
  if (lowStock.status === "rejected") logger.error(`Low-stock check after ${event.name} failed: ${(lowStock.reason as Error).message}`)
  if (backInStock.status === "rejected")
    logger.error(`Back-in-stock emails after ${event.name} failed: ${(backInStock.reason as Error).message}`)
}

export const config: SubscriberConfig = {
  // The module's own events catch every change, however it was made (the admin screens' included).
  event: ["inventory.inventory-level.updated", "inventory.inventory-level.created"],
  context: { subscriberId: "inventory-stock-changed" },
}
