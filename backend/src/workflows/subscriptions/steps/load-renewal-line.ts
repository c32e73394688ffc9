import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { renewalUnitPrice } from "@biome/shared"
import { currentVariantPrice, DISCOUNT_KEY, INTERVAL_KEY, RENEWS_KEY } from "@/lib/subscriptions/subscription-line"

export const loadRenewalLineStepId = "load-renewal-line"

export interface LoadRenewalLineStepInput {
  subscription_id: string
  variant_id: string
  quantity: number
  interval_days: number
  discount_percent: number
  retention_discount_percent?: number | null
  region_id: string
  currency_code: string
  customer_id: string
  /** Products added to this delivery only, billed at their regular price. */
  extras?: NextDeliveryExtra[]
}

/** What Medusa's inventory confirmation reads of a variant: its inventory items and their stock per location. */
const INVENTORY_FIELDS = [
  "manage_inventory",
  "allow_backorder",
  "inventory_items.inventory_item_id",
  "inventory_items.variant_id",
  "inventory_items.required_quantity",
  "inventory_items.inventory.requires_shipping",
  "inventory_items.inventory.location_levels.stocked_quantity",
  "inventory_items.inventory.location_levels.reserved_quantity",
  "inventory_items.inventory.location_levels.raw_stocked_quantity",
  "inventory_items.inventory.location_levels.raw_reserved_quantity",
  "inventory_items.inventory.location_levels.location_id",
  "inventory_items.inventory.location_levels.stock_locations.id",
  "inventory_items.inventory.location_levels.stock_locations.name",
  "inventory_items.inventory.location_levels.stock_locations.sales_channels.id",
  "inventory_items.inventory.location_levels.stock_locations.sales_channels.name",
]

const PRODUCT_FIELDS = [
  "product.id",
  "product.title",
  "product.subtitle",
  "product.description",
  "product.handle",
  "product.thumbnail",
  "product.discountable",
  "product.is_giftcard",
  "product.type.id",
  "product.type.value",
  "product.collection.title",
  "product.shipping_profile.id",
]

// biome-ignore lint/suspicious/noExplicitAny: a query.graph variant row; the fields this step reads are typed below
type RenewalVariant = Record<string, any> & {
  id: string
  title: string
  // biome-ignore lint/suspicious/noExplicitAny: as above
  product?: Record<string, any> | null
  inventory_items?: { inventory?: { requires_shipping?: boolean } | null }[] | null
}

/**
 * The renewal's order line, read in one query: the variant as an order line describes it, priced at today's
 * price with the subscription's own discount (and a one-time retention discount the customer accepted), and the stock figures Medusa's inventory confirmation needs.
 */
export const loadRenewalLineStep = createStep(loadRenewalLineStepId, async (input: LoadRenewalLineStepInput, { container }) => {
  return new StepResponse(await renewalLine(container, input))
})

/** A one-time product the customer added to their next delivery ("add to my next delivery"). */
export interface NextDeliveryExtra {
  variant_id: string
  quantity: number
}

/** Where a subscription keeps what the customer added to its next delivery. */
export const EXTRAS_KEY = "next_delivery_extras"
/** On an added line of a renewal order: the subscription whose delivery it came with. */
export const EXTRA_OF_KEY = "added_to_subscription_delivery"

/** What a subscription's metadata says was added to its next delivery (nothing when unreadable). */
export function nextDeliveryExtras(metadata: Record<string, unknown> | null | undefined): NextDeliveryExtra[] {
  const raw = metadata?.[EXTRAS_KEY]
  if (!Array.isArray(raw)) return []
  return raw.flatMap((e) =>
    e && typeof e.variant_id === "string" && Number.isInteger(e.quantity) && e.quantity > 0
      ? [{ variant_id: e.variant_id, quantity: e.quantity }]
      : []
  )
}

/**
 * The renewal's lines and variants: the subscription's own line at its discount, then each product the
 * customer added to this delivery at its regular price. The renewal order and the reminder's quote
 * (renewal-quote.ts) both use it.
 */
export async function renewalLine(container: MedusaContainer, input: LoadRenewalLineStepInput) {
  const own = await orderLine(
    container,
    input,
    input.variant_id,
    input.quantity,
    (amount) => renewalUnitPrice(amount, input.discount_percent, input.retention_discount_percent),
    {
      [INTERVAL_KEY]: input.interval_days,
      [DISCOUNT_KEY]: input.discount_percent,
      [RENEWS_KEY]: input.subscription_id,
    }
  )
  const extras = []
  for (const extra of input.extras ?? []) {
    extras.push(
      await orderLine(container, input, extra.variant_id, extra.quantity, (amount) => amount, { [EXTRA_OF_KEY]: input.subscription_id })
    )
  }
  return { ...own, extras }
}

async function orderLine(
  container: MedusaContainer,
  input: LoadRenewalLineStepInput,
  variantId: string,
  quantity: number,
  price: (amount: number) => number,
  metadata: Record<string, unknown>
) {
  const priced = await currentVariantPrice(
    container,
    { variant_id: variantId, region_id: input.region_id, currency_code: input.currency_code, customer_id: input.customer_id },
    ["sku", "barcode", "thumbnail", ...PRODUCT_FIELDS, ...INVENTORY_FIELDS]
  )
  const variant = priced.variant as unknown as RenewalVariant
  const product = variant.product
  if (!product) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `The product (variant ${variantId}) is no longer sold`)
  }
  const line = {
    quantity,
    title: product.title,
    subtitle: variant.title,
    thumbnail: variant.thumbnail ?? product.thumbnail ?? null,
    product_id: product.id,
    product_title: product.title,
    product_description: product.description ?? null,
    product_subtitle: product.subtitle ?? null,
    product_type: product.type?.value ?? null,
    product_type_id: product.type?.id ?? null,
    product_collection: product.collection?.title ?? null,
    product_handle: product.handle,
    variant_id: variant.id,
    variant_sku: variant.sku ?? null,
    variant_barcode: variant.barcode ?? null,
    variant_title: variant.title,
    is_discountable: product.discountable ?? true,
    is_giftcard: product.is_giftcard ?? false,
    requires_shipping: !!product.shipping_profile?.id || !!variant.inventory_items?.some((i) => i.inventory?.requires_shipping),
    unit_price: price(priced.amount),
    compare_at_unit_price: priced.amount,
    is_custom_price: true,
    is_tax_inclusive: priced.is_tax_inclusive,
    metadata,
  }
  return { line, variant }
}
