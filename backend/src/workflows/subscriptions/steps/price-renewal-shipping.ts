import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError, Modules, QueryContext, ShippingOptionPriceType } from "@medusajs/framework/utils"
import { SUBSCRIPTION_UNDELIVERABLE } from "@/lib/subscriptions/subscription-rules"

export const priceRenewalShippingStepId = "price-renewal-shipping"

export interface RenewalAddress {
  country_code?: string
  province?: string
  city?: string
  postal_code?: string
  [field: string]: unknown
}

export interface PriceRenewalShippingStepInput {
  shipping_option_id: string
  sales_channel_id: string | null
  region_id: string
  currency_code: string
  customer_id: string
  shipping_address: RenewalAddress
  /** The renewal's goods before tax, for price rules such as free shipping above an amount. */
  item_total: number
}

export interface RenewalShippingMethod {
  shipping_option_id: string
  name: string
  amount: number
  is_tax_inclusive: boolean
  data: Record<string, unknown>
}

type ShippingOptionRow = {
  id: string
  name: string
  price_type: string
  provider_id: string | null
  data: Record<string, unknown> | null
  calculated_price?: { calculated_amount?: unknown; is_calculated_price_tax_inclusive?: boolean } | null
}

/**
 * The subscription's shipping option, as it stands today for the address the renewal ships to: it must still
 * be offered in the store, from a location of the subscription's sales channel, to that address (a customer
 * who moved abroad is not shipped to with the old option), and it is priced as checkout would price it.
 */
export const priceRenewalShippingStep = createStep(
  priceRenewalShippingStepId,
  async (input: PriceRenewalShippingStepInput, { container }) => new StepResponse(await priceRenewalShipping(container, input))
)

/** The renewal's shipping method, priced; the renewal order and the reminder's quote both use it. */
export async function priceRenewalShipping(container: MedusaContainer, input: PriceRenewalShippingStepInput) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const fulfillmentSetIds = await fulfillmentSetsOf(container, input.sales_channel_id)
  const address = input.shipping_address
  const { data } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "name", "price_type", "provider_id", "data", "calculated_price.*"],
    filters: {
      id: input.shipping_option_id,
      ...(fulfillmentSetIds ? { fulfillment_set_id: fulfillmentSetIds } : {}),
      address: {
        country_code: address.country_code,
        province_code: address.province,
        city: address.city,
        postal_expression: address.postal_code,
      },
    } as Record<string, unknown>,
    context: {
      is_return: "false",
      enabled_in_store: "true",
      calculated_price: QueryContext({
        currency_code: input.currency_code,
        region_id: input.region_id,
        customer_id: input.customer_id,
        item_total: input.item_total,
      }),
    } as Record<string, unknown>,
  })
  const option = data[0] as ShippingOptionRow | undefined
  if (!option) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The subscription's shipping option no longer delivers to ${[address.city, address.country_code?.toUpperCase()].filter(Boolean).join(", ") || "its address"}`,
      SUBSCRIPTION_UNDELIVERABLE
    )
  }
  const price =
    option.price_type === ShippingOptionPriceType.FLAT ? option.calculated_price : await calculatedPrice(container, option, input)
  const amount = Number(price?.calculated_amount)
  if (price?.calculated_amount == null || !Number.isFinite(amount)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Shipping option ${option.name} has no price in ${input.currency_code.toUpperCase()}`
    )
  }
  const method: RenewalShippingMethod = {
    shipping_option_id: option.id,
    name: option.name,
    amount,
    is_tax_inclusive: !!price.is_calculated_price_tax_inclusive,
    data: {},
  }
  return method
}

/** The fulfillment sets of the sales channel's stock locations; null when the subscription names no channel. */
async function fulfillmentSetsOf(container: MedusaContainer, salesChannelId: string | null) {
  if (!salesChannelId) return null
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "sales_channel",
    fields: ["stock_locations.fulfillment_sets.id"],
    filters: { id: salesChannelId },
  })
  const channel = data[0] as { stock_locations?: { fulfillment_sets?: { id: string }[] | null }[] | null } | undefined
  return (channel?.stock_locations ?? []).flatMap((l) => (l?.fulfillment_sets ?? []).map((s) => s.id))
}

/** A provider-calculated price (a carrier's rate), asked of the fulfillment provider as checkout would. */
async function calculatedPrice(container: MedusaContainer, option: ShippingOptionRow, input: PriceRenewalShippingStepInput) {
  const [price] = await container.resolve(Modules.FULFILLMENT).calculateShippingOptionsPrices([
    {
      id: option.id,
      optionData: option.data ?? {},
      data: {},
      provider_id: option.provider_id ?? undefined,
      context: {
        currency_code: input.currency_code,
        region_id: input.region_id,
        customer_id: input.customer_id,
        shipping_address: input.shipping_address,
        item_total: input.item_total,
      },
    } as never,
  ])
  return price as ShippingOptionRow["calculated_price"]
}
