import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cacheTagsForChange, STOREFRONT_CHANGE_EVENTS } from "../lib/storefront-cache-tags"
import { storefrontRevalidator } from "../lib/storefront-revalidation"
import { eventIds } from "../lib/inventory/stock-events"

/**
 * A product, price, stock level, guide or guide–product link changed: the storefront's cached pages showing it are refreshed
 * within seconds instead of waiting for their timer. Off when REVALIDATE_SECRET is unset.
 */
export default async function refreshStorefrontPages({
  event,
  container,
}: SubscriberArgs<{ id?: string | string[]; product_ids?: string[] }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const revalidator = storefrontRevalidator(logger)
  if (!revalidator) return
  const ids = eventIds(event.data)
  try {
    revalidator.revalidate(await cacheTagsForChange(container, event.name, ids, event.data?.product_ids ?? []))
  } catch (error) {
    // A failed lookup must not fail the event; the storefront still refreshes on its own timer.
    logger.warn(`Could not work out the storefront pages ${event.name} changed: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = {
  event: STOREFRONT_CHANGE_EVENTS,
  context: { subscriberId: "storefront-revalidation" },
}
