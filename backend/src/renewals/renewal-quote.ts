import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, decorateCartTotals, MedusaError, Modules } from "@medusajs/framework/utils"
import type { SubscriptionDTO } from "../modules/subscription/types"
import { ADDRESS_FIELDS, deliveryAddressSource } from "../lib/subscriptions/delivery-address"
import { nextDeliveryExtras, renewalLine } from "../workflows/subscriptions/steps/load-renewal-line"
import { priceRenewalShipping, type RenewalAddress } from "../workflows/subscriptions/steps/price-renewal-shipping"
import { SUBSCRIPTION_UNDELIVERABLE } from "../lib/subscriptions/subscription-rules"

export interface RenewalQuote {
  product_title: string
  item_total: number
  shipping_total: number
  tax_total: number
  /** What the renewal will charge: items, shipping and tax. */
  total: number
}

/** Where the renewal ships: the address chosen for the subscription, else the default shipping address, else the first order's. */
export async function renewalShippingAddress(container: MedusaContainer, sub: SubscriptionDTO): Promise<RenewalAddress | undefined> {
  const customers = container.resolve(Modules.CUSTOMER)
  const [address] = await customers.listCustomerAddresses({ customer_id: sub.customer_id, is_default_shipping: true }, { take: 1 })
  const source = deliveryAddressSource(sub, address as unknown as Record<string, unknown> | undefined)
  if (!source) return undefined
  return Object.fromEntries(ADDRESS_FIELDS.filter((f) => source[f] != null).map((f) => [f, source[f]]))
}

/** Where and how the renewal is delivered; refused (subscription_undeliverable) without a shipping option or address. */
export async function renewalDelivery(container: MedusaContainer, sub: SubscriptionDTO) {
  if (!sub.shipping_option_id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "The subscription has no shipping option to deliver with",
      SUBSCRIPTION_UNDELIVERABLE
    )
  }
  const address = await renewalShippingAddress(container, sub)
  if (!address?.country_code) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The customer has no shipping address to deliver to", SUBSCRIPTION_UNDELIVERABLE)
  }
  return { shipping_option_id: sub.shipping_option_id, address }
}

/**
 * What renewing the subscription would charge today, priced as the renewal order is: the same line and
 * shipping functions the renewal workflow's steps call, tax lines from the tax module for the same address
 * and customer, and Medusa's totals arithmetic. The reminder announces this amount.
 */
export async function quoteRenewal(container: MedusaContainer, sub: SubscriptionDTO): Promise<RenewalQuote> {
  const { shipping_option_id, address } = await renewalDelivery(container, sub)
  const { line, extras } = await renewalLine(container, {
    subscription_id: sub.id,
    variant_id: sub.variant_id,
    quantity: sub.quantity,
    interval_days: sub.interval_days,
    discount_percent: sub.discount_percent,
    retention_discount_percent: sub.retention_discount_percent,
    region_id: sub.region_id,
    currency_code: sub.currency_code,
    customer_id: sub.customer_id,
    extras: nextDeliveryExtras(sub.metadata),
  })
  const lines = [line, ...extras.map((e) => e.line)]
  const shipping = await priceRenewalShipping(container, {
    shipping_option_id,
    sales_channel_id: sub.sales_channel_id,
    region_id: sub.region_id,
    currency_code: sub.currency_code,
    customer_id: sub.customer_id,
    shipping_address: address,
    item_total: lines.reduce((sum, l) => sum + l.unit_price * l.quantity, 0),
  })
  const taxes = await taxLines(container, sub, address, lines, shipping)
  const totals = decorateCartTotals({
    currency_code: sub.currency_code,
    items: lines.map((l, i) => ({
      id: `line_${i}`,
      unit_price: l.unit_price,
      quantity: l.quantity,
      is_tax_inclusive: l.is_tax_inclusive,
      tax_lines: taxes.items[i] ?? [],
    })),
    shipping_methods: [{ id: "shipping", amount: shipping.amount, is_tax_inclusive: shipping.is_tax_inclusive, tax_lines: taxes.shipping }],
  })
  return {
    product_title: line.product_title,
    item_total: Number(totals.item_total),
    shipping_total: Number(totals.shipping_total),
    tax_total: Number(totals.tax_total),
    total: Number(totals.total),
  }
}

/** The tax lines Medusa's order tax workflow would give the renewal's line and shipping method. */
async function taxLines(
  container: MedusaContainer,
  sub: SubscriptionDTO,
  address: RenewalAddress,
  lines: { product_id: string; product_type_id: string | null; quantity: number; unit_price: number }[],
  shipping: { shipping_option_id: string; amount: number }
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: regions }, { data: customers }] = await Promise.all([
    query.graph({ entity: "region", fields: ["automatic_taxes"], filters: { id: sub.region_id } }),
    query.graph({ entity: "customer", fields: ["id", "email", "metadata", "groups.id"], filters: { id: sub.customer_id } }),
  ])
  if (!(regions[0] as { automatic_taxes?: boolean } | undefined)?.automatic_taxes)
    return { items: [] as { rate: number }[][], shipping: [] }
  const customer = customers[0] as
    | { id: string; email: string; metadata: Record<string, unknown> | null; groups?: { id: string }[] }
    | undefined
  const context = {
    address: {
      country_code: address.country_code!,
      province_code: address.province,
      address_1: address.address_1 as string | undefined,
      address_2: address.address_2 as string | undefined,
      city: address.city,
      postal_code: address.postal_code,
    },
    customer: customer && {
      id: customer.id,
      email: customer.email,
      customer_groups: (customer.groups ?? []).map((g) => g.id),
      metadata: customer.metadata,
    },
    is_return: false,
  }
  const tax = container.resolve(Modules.TAX)
  const [item, ship] = await Promise.all([
    tax.getTaxLines(
      lines.map((l, i) => ({
        id: `line_${i}`,
        product_id: l.product_id,
        product_type_id: l.product_type_id ?? undefined,
        quantity: l.quantity,
        unit_price: l.unit_price,
        currency_code: sub.currency_code,
      })) as never,
      context as never
    ),
    tax.getTaxLines(
      [
        { id: "shipping", shipping_option_id: shipping.shipping_option_id, unit_price: shipping.amount, currency_code: sub.currency_code },
      ] as never,
      context as never
    ),
  ])
  const itemLines = item as { line_item_id?: string; rate: number }[]
  return {
    items: lines.map((_, i) => itemLines.filter((t) => t.line_item_id === `line_${i}`).map((t) => ({ rate: t.rate }))),
    shipping: (ship as { rate: number }[]).map((t) => ({ rate: t.rate })),
  }
}
