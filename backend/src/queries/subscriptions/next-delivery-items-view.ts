import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { sumToCents, type NextDeliveryItem } from "@biome/shared"
import { nextDeliveryExtras } from "../../workflows/subscriptions/steps/load-renewal-line"
import { currentVariantPrice } from "../../lib/subscriptions/subscription-line"

// biome-ignore lint/suspicious/noExplicitAny: rows of query.graph, whose shape the fields list decides
type Row = Record<string, any>

const ITEM_FIELDS = ["product.id", "product.handle", "product.thumbnail"]

/**
 * The one-time products the customer added to the next delivery, each at the regular price the renewal will
 * bill (renewalLine prices them the same way); none for a cancelled subscription, which has no next delivery.
 */
export async function nextDeliveryItems(scope: MedusaContainer, sub: Row): Promise<NextDeliveryItem[]> {
  if (sub.status === "cancelled") return []
  return Promise.all(
    nextDeliveryExtras(sub.metadata).map(async (extra): Promise<NextDeliveryItem> => {
      try {
        const priced = await currentVariantPrice(
          scope,
          { variant_id: extra.variant_id, region_id: sub.region_id, currency_code: sub.currency_code, customer_id: sub.customer_id },
          ITEM_FIELDS
        )
        const variant = priced.variant as unknown as { title?: string; product?: Row | null }
        const product = variant.product
        return {
          variant_id: extra.variant_id,
          quantity: extra.quantity,
          product: product ? { id: product.id, title: product.title, handle: product.handle, thumbnail: product.thumbnail ?? null } : null,
          variant_title: variant.title ?? null,
          unit_price: priced.amount,
          total: sumToCents(Array(extra.quantity).fill(priced.amount)),
        }
      } catch (e) {
        const type = (e as { type?: string }).type
        if (type !== MedusaError.Types.INVALID_DATA && type !== MedusaError.Types.NOT_FOUND) throw e
        return { variant_id: extra.variant_id, quantity: extra.quantity, product: null, variant_title: null, unit_price: null, total: null }
      }
    })
  )
}

/** What the next delivery costs with what was added to it: the subscription's items plus each added product. */
export function nextDeliveryTotal(subscriptionTotal: number | null, items: NextDeliveryItem[]): number | null {
  if (subscriptionTotal === null) return null
  return sumToCents([subscriptionTotal, ...items.flatMap((i) => (i.total === null ? [] : [i.total]))])
}
