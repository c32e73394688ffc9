import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import { listDays, parseSubscriptionOffer, subscriptionPrice } from "@biome/shared"

/** The metadata key a client sets on a cart line to subscribe to it. */
export const INTERVAL_KEY = "subscription_interval_days"
export const DISCOUNT_KEY = "subscription_discount_percent"
/** Set on renewal lines: the subscription the line renews. */
export const RENEWS_KEY = "subscription_id"

/** Reads the requested interval from line metadata: absent → null, a whole number (or its digits) → number. */
export function requestedInterval(metadata: Record<string, unknown> | null | undefined): number | null {
  const raw = metadata?.[INTERVAL_KEY]
  if (raw === undefined || raw === null) return null
  const days = typeof raw === "string" && /^\d+$/.test(raw.trim()) ? Number(raw) : raw
  if (typeof days !== "number" || !Number.isInteger(days) || days <= 0) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `metadata.${INTERVAL_KEY} must be a whole number of days, got ${JSON.stringify(raw)}`
    )
  }
  return days
}

export interface PricedSubscriptionLine {
  unit_price: number
  compare_at_unit_price: number
  interval_days: number
  discount_percent: number
  product_title: string
}

/**
 * A variant's current calculated unit price in a region, with its product's title and metadata. `fields` reads
 * more of the variant in the same query; the variant comes back with them.
 */
export async function currentVariantPrice(
  scope: MedusaContainer,
  input: { variant_id: string; region_id: string; currency_code: string; customer_id?: string | null },
  fields: string[] = []
) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "product.title", "product.metadata", "calculated_price.*", ...fields],
    filters: { id: input.variant_id },
    context: {
      calculated_price: QueryContext({
        region_id: input.region_id,
        currency_code: input.currency_code,
        ...(input.customer_id ? { customer_id: input.customer_id } : {}),
      }),
    },
  })
  const variant = variants[0] as (typeof variants)[number] & {
    calculated_price?: { calculated_amount?: unknown; is_calculated_price_tax_inclusive?: boolean }
  }
  if (!variant) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${input.variant_id} was not found`)
  }
  const title = variant.product?.title ?? variant.title
  const amount = Number(variant.calculated_price?.calculated_amount)
  if (variant.calculated_price?.calculated_amount == null || !Number.isFinite(amount)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${title} has no price in ${input.currency_code.toUpperCase()}`)
  }
  return {
    amount,
    is_tax_inclusive: !!variant.calculated_price?.is_calculated_price_tax_inclusive,
    title,
    productMetadata: variant.product?.metadata ?? null,
    variant,
  }
}

/**
 * Prices one unit of a variant at its subscribe-and-save price in the cart's region, after checking that the
 * product offers the requested interval. The discount applies to the variant's current calculated price.
 */
export async function priceSubscriptionLine(
  scope: MedusaContainer,
  input: { variant_id: string; interval_days: number; region_id: string; currency_code: string; customer_id?: string | null }
): Promise<PricedSubscriptionLine> {
  const { amount, title, productMetadata } = await currentVariantPrice(scope, input)
  const offer = parseSubscriptionOffer(productMetadata?.subscription)
  if (!offer.interval_days.includes(input.interval_days)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${title} can be delivered every ${listDays(offer.interval_days)} days, not every ${input.interval_days} days`
    )
  }
  return {
    unit_price: subscriptionPrice(amount, offer.discount_percent),
    compare_at_unit_price: amount,
    interval_days: input.interval_days,
    discount_percent: offer.discount_percent,
    product_title: title,
  }
}
