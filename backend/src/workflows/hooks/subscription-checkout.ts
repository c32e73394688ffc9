import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, type StepExecutionContext } from "@medusajs/framework/workflows-sdk"
import { readEnv } from "../../config/env"
import {
  assertPaymentProvidersAllowed,
  assertRenewalsCanBeCharged,
  assertSubscriptionQuantities,
  type CheckoutPaymentSession,
} from "../../lib/checkout/payment-rules"
import { DISCOUNT_KEY, priceSubscriptionLine, RENEWS_KEY, requestedInterval } from "../../lib/subscriptions/subscription-line"
import { createSubscriptionsFromOrder, deleteSubscriptions } from "../../lib/subscriptions/subscriptions-from-order"

type CheckoutCart = {
  customer?: { has_account?: boolean } | null
  region_id?: string | null
  currency_code: string
  customer_id?: string | null
  items?: {
    variant_id?: string | null
    product_title?: string | null
    unit_price: unknown
    quantity: unknown
    is_custom_price?: boolean | null
    metadata?: Record<string, unknown> | null
  }[]
  payment_collection?: { payment_sessions?: CheckoutPaymentSession[] | null } | null
}

/**
 * Before an order is placed or a card authorised, every line's price is checked against where it came from:
 * - no line may name a subscription it renews: renewal orders are placed by the shop, never through a cart;
 * - a subscribe-and-save line needs a customer account (renewals are charged to it) and must carry the
 *   price and discount the product offers today;
 * - any other line must carry Medusa's own price: a client that edits a subscribed line's metadata to drop
 *   the interval cannot keep the discount without the subscription;
 * - the payment comes from a provider of the shop's payment mode, and a subscription's can be charged again
 *   for its renewals (payment-rules.ts).
 */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const checkout = cart as unknown as CheckoutCart
  const items = checkout.items ?? []
  const { PAYMENT_MODE } = readEnv()
  const sessions = checkout.payment_collection?.payment_sessions ?? []
  assertPaymentProvidersAllowed(PAYMENT_MODE, sessions)
  for (const item of items) {
    if (item.metadata?.[RENEWS_KEY] != null) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `metadata.${RENEWS_KEY} is set by the shop on renewal orders only; remove it from ${item.product_title ?? "the line"}`
      )
    }
    if (requestedInterval(item.metadata) === null && item.is_custom_price) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The price of ${item.product_title ?? "a line"} is the subscribe-and-save price, but the line no longer asks for a subscription; add it to the cart again`
      )
    }
  }
  const subscribed = items.filter((item) => requestedInterval(item.metadata) !== null)
  if (!subscribed.length) return
  assertSubscriptionQuantities(subscribed)

  if (!checkout.customer?.has_account) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Subscriptions need a customer account: log in or register before checking out a subscribe-and-save item"
    )
  }
  for (const item of subscribed) {
    const priced = await priceSubscriptionLine(container, {
      variant_id: item.variant_id!,
      interval_days: requestedInterval(item.metadata)!,
      region_id: checkout.region_id!,
      currency_code: checkout.currency_code,
      customer_id: checkout.customer_id,
    })
    if (Number(item.unit_price) !== priced.unit_price || Number(item.metadata?.[DISCOUNT_KEY]) !== priced.discount_percent) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The subscribe-and-save price of ${priced.product_title} is now ${priced.unit_price} (${priced.discount_percent}% off); add it to the cart again`
      )
    }
  }
  assertRenewalsCanBeCharged(PAYMENT_MODE, sessions)
})

// Declared by the workflow at run time, but left out of its published types.
type OrderCreatedHook = (
  invoke: (input: { order_id: string; cart_id: string }, ctx: StepExecutionContext) => Promise<StepResponse<string[], string[]>>,
  compensate: (ids: string[] | undefined, ctx: StepExecutionContext) => Promise<void>
) => void
const hooks = completeCartWorkflow.hooks as typeof completeCartWorkflow.hooks & { orderCreated: OrderCreatedHook }

/** The order exists and its payment is authorised: one subscription per subscribed line, linked to the order. */
hooks.orderCreated(
  async ({ order_id }, { container }) => {
    const ids = await createSubscriptionsFromOrder(container, order_id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await deleteSubscriptions(container, ids)
  }
)
