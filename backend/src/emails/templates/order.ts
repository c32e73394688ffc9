import { formatDeliveryDate } from "@biome/shared"
import type { EmailBlock, EmailDocument } from "../document"
import { SHOP_NAME } from "../document"
import { formatAmount } from "../render"

/** A subscription started (or renewed) by an order line: its rhythm and the day the card is next charged. */
export interface OrderLineSubscription {
  interval_days: number
  discount_percent: number
  next_charge_at: Date | string | null
}

export interface OrderSummaryLine {
  title: string
  quantity: number
  /** Quantity × unit price, before tax. */
  subtotal: number
  subscription: OrderLineSubscription | null
}

export interface OrderAddress {
  first_name?: string | null
  last_name?: string | null
  company?: string | null
  address_1?: string | null
  address_2?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  country_code?: string | null
}

/** What an email says about an order: its lines, totals and where it goes. */
export interface OrderSummary {
  id: string
  display_id: number | string
  currency_code: string
  lines: OrderSummaryLine[]
  item_subtotal: number
  shipping_subtotal: number
  discount_total: number
  tax_total: number
  total: number
  shipping_address: OrderAddress | null
  shipping_method: string | null
}

export interface OrderConfirmationEmail {
  template: "order-confirmation"
  order: OrderSummary
  /** Placed in demo mode: nothing was charged, and the email says so. */
  demo_store: boolean
  /** The order in the customer's account; null for a guest, who has no account to open. */
  order_url: string | null
}

const countryNames = new Intl.DisplayNames(["en"], { type: "region" })

export function addressLines(address: OrderAddress): string[] {
  const name = [address.first_name, address.last_name].filter(Boolean).join(" ")
  const town = [address.city, [address.province, address.postal_code].filter(Boolean).join(" ")].filter(Boolean).join(", ")
  const country = address.country_code ? (countryNames.of(address.country_code.toUpperCase()) ?? address.country_code) : null
  return [name, address.company, address.address_1, address.address_2, town, country].filter((line): line is string => Boolean(line))
}

function subscriptionNotes(sub: OrderLineSubscription): string[] {
  const rhythm = `Subscribe & save: delivered every ${sub.interval_days} days, ${sub.discount_percent}% off`
  if (!sub.next_charge_at) return [rhythm]
  return [rhythm, `Next charge and delivery: ${formatDeliveryDate(new Date(sub.next_charge_at))}`]
}

/** The order's lines, totals, address and delivery method, shared by the confirmation and the renewal email. */
export function orderBlocks(order: OrderSummary): EmailBlock[] {
  const money = (amount: number) => formatAmount(amount, order.currency_code)
  const blocks: EmailBlock[] = [
    {
      type: "items",
      rows: order.lines.map((line) => ({
        title: line.title,
        quantity: line.quantity,
        amount: money(line.subtotal),
        notes: line.subscription ? subscriptionNotes(line.subscription) : [],
      })),
    },
    {
      type: "totals",
      rows: [
        { label: "Items", amount: money(order.item_subtotal) },
        ...(order.discount_total > 0 ? [{ label: "Discount", amount: `−${money(order.discount_total)}` }] : []),
        { label: "Shipping", amount: money(order.shipping_subtotal) },
        { label: "Tax", amount: money(order.tax_total) },
        { label: "Total", amount: money(order.total), emphasis: true },
      ],
    },
  ]
  if (order.shipping_address) blocks.push({ type: "details", title: "Delivering to", lines: addressLines(order.shipping_address) })
  if (order.shipping_method) blocks.push({ type: "details", title: "Delivery method", lines: [order.shipping_method] })
  return blocks
}

export function orderConfirmation(email: OrderConfirmationEmail): EmailDocument {
  const { order } = email
  const subscribed = order.lines.filter((line) => line.subscription)
  return {
    subject: `Your ${SHOP_NAME} order #${order.display_id} is confirmed`,
    preview: `We have your order and are getting it ready.`,
    heading: `Thank you for your order #${order.display_id}`,
    blocks: [
      ...(email.demo_store
        ? [{ type: "notice" as const, text: "This is a demo store: no payment was taken for this order, and nothing will be shipped." }]
        : []),
      {
        type: "paragraph",
        text: email.demo_store
          ? "Here is your order as the shop has recorded it: what you ordered and where it would go."
          : "We have your order and are getting it ready. Here is what you ordered and where it is going.",
      },
      ...orderBlocks(order),
      ...(subscribed.length
        ? [
            {
              type: "paragraph" as const,
              text:
                subscribed.length === 1
                  ? "Your subscription renews on its own on the date above. You can skip a delivery, pause, change or cancel it from your account before then."
                  : "Your subscriptions renew on their own on the dates above. You can skip a delivery, pause, change or cancel each of them from your account before then.",
            },
          ]
        : []),
      ...(email.order_url ? [{ type: "action" as const, label: "See your order", url: email.order_url }] : []),
    ],
    footer: [
      { type: "paragraph", text: `You are receiving this email because an order was placed at ${SHOP_NAME} with this address.` },
      { type: "paragraph", text: "Questions about your order? Reply to this email and we will help." },
    ],
  }
}
