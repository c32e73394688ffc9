import { Modules, OrderStatus, OrderWorkflowEvents, ReservationItemWorkflowEvents } from "@medusajs/framework/utils"
import { createWorkflow, parallelize, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  addOrderTransactionStep,
  authorizePaymentSessionStep,
  confirmVariantInventoryWorkflow,
  createOrdersStep,
  createPaymentCollectionsStep,
  createPaymentSessionsWorkflow,
  createRemoteLinkStep,
  emitEventStep,
  reserveInventoryStep,
  updateOrderTaxLinesWorkflow,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { loadRenewalLineStep, type NextDeliveryExtra } from "./steps/load-renewal-line"
import { priceRenewalShippingStep, type RenewalAddress } from "./steps/price-renewal-shipping"
import { recordRenewalOrderStep } from "./steps/record-renewal-order"
import { faultPointStep } from "./steps/fault-point"

type RenewalOrder = { id: string; display_id: number; items: { id: string; variant_id: string; quantity: number }[] }

export interface PlaceRenewalOrderInput {
  renewal_id: string
  /** The delivery period the order is for; on the order too, so a later run finds it before ordering again. */
  period_key: string
  subscription: {
    id: string
    customer_id: string
    email: string
    region_id: string
    currency_code: string
    sales_channel_id: string | null
    variant_id: string
    quantity: number
    interval_days: number
    discount_percent: number
    /** The one-time retention discount this renewal takes off, if the customer accepted one. */
    retention_discount_percent?: number | null
    shipping_option_id: string
    payment_provider_id: string
  }
  shipping_address: RenewalAddress
  /** Provider data for an off-session charge (Stripe's saved card); empty for the system provider. */
  payment_data: Record<string, unknown>
  /** One-time products the customer added to this delivery. */
  extras?: NextDeliveryExtra[]
}

/**
 * Places one renewal order the way checkout completion does, without a cart in between: the line at today's
 * price less the subscription's discount, the shipping option priced for today's address, tax lines, stock
 * reserved at a location of the sales channel, and payment authorised off-session. Any failure undoes what
 * was done before it (the payment is cancelled, the reservation and the order are deleted).
 */
export const placeRenewalOrderWorkflow = createWorkflow("place-subscription-renewal-order", (input: PlaceRenewalOrderInput) => {
  const { line, variant, extras } = loadRenewalLineStep(
    transform({ input }, ({ input: { subscription: s, extras } }) => ({
      subscription_id: s.id,
      variant_id: s.variant_id,
      quantity: s.quantity,
      interval_days: s.interval_days,
      discount_percent: s.discount_percent,
      retention_discount_percent: s.retention_discount_percent ?? null,
      region_id: s.region_id,
      currency_code: s.currency_code,
      customer_id: s.customer_id,
      extras: extras ?? [],
    }))
  )
  const shipping = priceRenewalShippingStep(
    transform({ input, line, extras }, ({ input: { subscription: s, shipping_address }, line, extras }) => ({
      shipping_option_id: s.shipping_option_id,
      sales_channel_id: s.sales_channel_id,
      region_id: s.region_id,
      currency_code: s.currency_code,
      customer_id: s.customer_id,
      shipping_address,
      item_total: [line, ...extras.map((e) => e.line)].reduce((sum, l) => sum + l.unit_price * l.quantity, 0),
    }))
  )

  const created = createOrdersStep(
    transform(
      { input, line, extras, shipping },
      ({ input: { subscription: s, shipping_address, renewal_id, period_key }, line, extras, shipping }) => [
        {
          status: OrderStatus.PENDING,
          region_id: s.region_id,
          customer_id: s.customer_id,
          sales_channel_id: s.sales_channel_id ?? undefined,
          email: s.email,
          currency_code: s.currency_code,
          shipping_address,
          billing_address: shipping_address,
          no_notification: false,
          items: [line, ...extras.map((e) => e.line)],
          shipping_methods: [shipping],
          metadata: { subscription_id: s.id, subscription_renewal_id: renewal_id, subscription_period_key: period_key },
        },
      ]
    )
  )
  const order = transform({ created }, ({ created }) => created[0] as unknown as RenewalOrder)
  faultPointStep(
    transform({ input, order }, ({ input, order }) => ({
      point: "renewal:order-created" as const,
      renewal_id: input.renewal_id,
      order_id: order.id,
    }))
  )
  recordRenewalOrderStep(transform({ input, order }, ({ input, order }) => ({ renewal_id: input.renewal_id, order_id: order.id })))
  updateOrderTaxLinesWorkflow.runAsStep({ input: transform({ order }, ({ order }) => ({ order_id: order.id })) })

  const { data: totals } = useQueryGraphStep({
    entity: "order",
    fields: ["id", "total"],
    filters: transform({ order }, ({ order }) => ({ id: order.id })),
    options: { isList: false },
  }).config({ name: "renewal-order-total" })

  const toReserve = confirmVariantInventoryWorkflow.runAsStep({
    input: transform({ input, variant, extras, order }, ({ input, variant, extras, order }) => ({
      sales_channel_id: input.subscription.sales_channel_id as string,
      variants: [variant, ...extras.map((e) => e.variant).filter((v) => v.id !== variant.id)] as never,
      items: order.items.map((item) => ({ id: item.id, variant_id: item.variant_id, quantity: item.quantity })),
    })),
  })
  const [collections, reservations] = parallelize(
    createPaymentCollectionsStep(
      transform({ input, totals }, ({ input, totals }) => [
        { currency_code: input.subscription.currency_code, amount: (totals as { total: number }).total },
      ])
    ),
    reserveInventoryStep(toReserve as never)
  )
  createRemoteLinkStep(
    transform({ order, collections }, ({ order, collections }) => [
      { [Modules.ORDER]: { order_id: order.id }, [Modules.PAYMENT]: { payment_collection_id: collections[0]!.id } },
    ])
  ).config({ name: "link-renewal-order-payment" })

  const session = createPaymentSessionsWorkflow.runAsStep({
    input: transform({ input, collections }, ({ input, collections }) => ({
      payment_collection_id: collections[0]!.id,
      provider_id: input.subscription.payment_provider_id,
      customer_id: input.subscription.customer_id,
      data: input.payment_data,
      context: { idempotency_key: `renewal:${input.renewal_id}` },
    })),
  })
  const payment = authorizePaymentSessionStep(transform({ session }, ({ session }) => ({ id: session.id, context: {} })))
  faultPointStep(
    transform({ input, order }, ({ input, order }) => ({
      point: "renewal:payment-authorized" as const,
      renewal_id: input.renewal_id,
      order_id: order.id,
    }))
  ).config({ name: "renewal-fault-point-paid" })
  addOrderTransactionStep(
    transform({ payment, order }, ({ payment, order }) =>
      (payment?.captures ?? []).map((capture) => ({
        order_id: order.id,
        amount: capture.raw_amount ?? capture.amount,
        currency_code: payment!.currency_code,
        reference: "capture",
        reference_id: capture.id,
      }))
    )
  )

  emitEventStep({ eventName: OrderWorkflowEvents.PLACED, data: transform({ order }, ({ order }) => ({ id: order.id })) }).config({
    name: "emit-renewal-order-placed",
  })
  emitEventStep({
    eventName: ReservationItemWorkflowEvents.CREATED,
    data: transform({ reservations, order }, ({ reservations, order }) =>
      ((reservations ?? []) as { id: string }[]).map((r) => ({ id: r.id, order_id: order.id }))
    ),
  }).config({ name: "emit-renewal-reservations-created" })

  return new WorkflowResponse(transform({ order }, ({ order }) => ({ id: order.id, display_id: order.display_id })))
})
