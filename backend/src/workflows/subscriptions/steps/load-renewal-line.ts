import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { subscriptionPrice } from "@biome/shared"
import { currentVariantPrice, DISCOUNT_KEY, INTERVAL_KEY, RENEWS_KEY } from "../subscription-line"

export const loadRenewalLineStepId = "load-renewal-line"

export interface LoadRenewalLineStepInput {
  subscription_id: string
  variant_id: string
  quantity: number
  interval_days: number
  discount_percent: number
  region_id: string
  currency_code: string
  customer_id: string
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

type RenewalVariant = Record<string, any> & {
  id: string
  title: string
  product?: Record<string, any> | null
  inventory_items?: { inventory?: { requires_shipping?: boolean } | null }[] | null
}

/**
 * The renewal's order line, read in one query: the variant as an order line describes it, priced at today's
 * price with the subscription's own discount, and the stock figures Medusa's inventory confirmation needs.
 */
export const loadRenewalLineStep = createStep(loadRenewalLineStepId, async (input: LoadRenewalLineStepInput, { container }) => {
  return new StepResponse(await renewalLine(container, input))
})

/** The renewal's line and variant; the renewal order and the reminder's quote (renewal-quote.ts) both use it. */
export async function renewalLine(container: MedusaContainer, input: LoadRenewalLineStepInput) {
  const priced = await currentVariantPrice(
    container,
    { variant_id: input.variant_id, region_id: input.region_id, currency_code: input.currency_code, customer_id: input.customer_id },
    ["sku", "barcode", "thumbnail", ...PRODUCT_FIELDS, ...INVENTORY_FIELDS]
  )
  const variant = priced.variant as unknown as RenewalVariant
  const product = variant.product
  if (!product) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `The subscribed product (variant ${input.variant_id}) is no longer sold`)
  }
  const line = {
    quantity: input.quantity,
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
    unit_price: subscriptionPrice(priced.amount, input.discount_percent),
    compare_at_unit_price: priced.amount,
    is_custom_price: true,
    is_tax_inclusive: priced.is_tax_inclusive,
    metadata: { [INTERVAL_KEY]: input.interval_days, [DISCOUNT_KEY]: input.discount_percent, [RENEWS_KEY]: input.subscription_id },
  }
  return { line, variant }
}
