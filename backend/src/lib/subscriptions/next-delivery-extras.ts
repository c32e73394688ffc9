import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { NEXT_DELIVERY_ITEMS } from "@biome/shared"
import { SUBSCRIPTION_MODULE } from "../../modules/subscription"
import type SubscriptionModuleService from "../../modules/subscription/service"
import { activityEntry, customerActor } from "./activity"
import { EXTRAS_KEY, nextDeliveryExtras, type NextDeliveryExtra } from "../../workflows/subscriptions/steps/load-renewal-line"
import { withSubscriptionLock } from "../../workflows/subscriptions/subscription-lock"
import { SUBSCRIPTION_STATE_CONFLICT, subscriptionNotFound } from "./subscription-rules"

/** At most this many units of one product, and this many products, ride along with one delivery. */
export const MAX_EXTRA_QUANTITY = NEXT_DELIVERY_ITEMS.maxQuantity
export const MAX_EXTRAS = NEXT_DELIVERY_ITEMS.maxProducts

/**
 * "Add to my next delivery": a one-time product billed at its regular price and shipped with the
 * subscription's next renewal, then taken off the list. Setting a product again replaces its quantity;
 * quantity 0 removes it. Runs under the subscription's renewal lock, so it never races a renewal.
 */
export async function setNextDeliveryExtra(
  container: MedusaContainer,
  input: { subscription_id: string; customer_id: string; variant_id: string; quantity: number }
): Promise<NextDeliveryExtra[]> {
  if (!Number.isInteger(input.quantity) || input.quantity < 0 || input.quantity > MAX_EXTRA_QUANTITY) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `quantity must be a whole number from 1 to ${MAX_EXTRA_QUANTITY} (0 removes the product)`
    )
  }
  const service = container.resolve<SubscriptionModuleService>(SUBSCRIPTION_MODULE)
  return await withSubscriptionLock(
    container,
    input.subscription_id,
    async () => {
      const [sub] = await service.listSubscriptions({ id: input.subscription_id, customer_id: input.customer_id }, { take: 1 })
      if (!sub) throw subscriptionNotFound(input.subscription_id)
      if (sub.status === "cancelled") {
        throw new MedusaError(
          MedusaError.Types.CONFLICT,
          "A cancelled subscription has no next delivery to add to",
          SUBSCRIPTION_STATE_CONFLICT
        )
      }
      const title = await variantTitle(container, input.variant_id, input.quantity > 0 ? sub.sales_channel_id : undefined)
      const current = nextDeliveryExtras(sub.metadata)
      const others = current.filter((e) => e.variant_id !== input.variant_id)
      const extras = input.quantity > 0 ? [...others, { variant_id: input.variant_id, quantity: input.quantity }] : others
      if (extras.length > MAX_EXTRAS) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `At most ${MAX_EXTRAS} products can be added to one delivery`)
      }
      const removed = input.quantity === 0 && others.length < current.length
      const activity =
        input.quantity > 0 || removed
          ? [
              activityEntry(sub.id, customerActor(input.customer_id), removed ? "next_delivery_item_removed" : "next_delivery_item_added", {
                variant_id: input.variant_id,
                title,
                ...(removed ? {} : { quantity: input.quantity }),
              }),
            ]
          : []
      await service.updateSubscriptionWithActivity({ id: sub.id, metadata: { ...(sub.metadata ?? {}), [EXTRAS_KEY]: extras } }, activity)
      return extras
    },
    { timeout: 5 }
  )
}

/**
 * "Daily Balance, 30 capsules", for the activity timeline. When a sales channel is given (adding, not removing),
 * the variant must exist and its product be sold in the subscription's sales channel.
 */
async function variantTitle(container: MedusaContainer, variantId: string, salesChannelId?: string | null): Promise<string | null> {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "title", "product.title", "product.status", "product.sales_channels.id"],
    filters: { id: variantId },
  })
  const variant = data[0] as
    | { title: string; product?: { title: string; status: string; sales_channels?: { id: string }[] | null } | null }
    | undefined
  const channels = (variant?.product?.sales_channels ?? []).map((c) => c?.id)
  if (
    salesChannelId !== undefined &&
    (variant?.product?.status !== "published" || (salesChannelId && !channels.includes(salesChannelId)))
  ) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Variant ${variantId} is not a product this shop sells`)
  }
  return variant?.product ? `${variant.product.title}, ${variant.title}` : null
}
