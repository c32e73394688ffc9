import { model } from "@medusajs/framework/utils"
import { SUBSCRIPTION_STATUSES } from "@biome/shared"
import { SubscriptionRenewal } from "./subscription-renewal"

/**
 * A customer's subscribe-and-save agreement for one variant. Customer, product and variant are ids with
 * read-only links, so every lookup can be scoped by customer without joining another module.
 */
export const Subscription = model
  .define("subscription", {
    id: model.id({ prefix: "sub" }).primaryKey(),
    status: model.enum([...SUBSCRIPTION_STATUSES]).default("active"),
    customer_id: model.text(),
    email: model.text(),
    product_id: model.text(),
    variant_id: model.text(),
    quantity: model.number(),
    interval_days: model.number(),
    discount_percent: model.float(),
    currency_code: model.text(),
    region_id: model.text(),
    sales_channel_id: model.text().nullable(),
    shipping_option_id: model.text().nullable(),
    /** The address of the first order, used when the customer has no default shipping address. */
    shipping_address: model.json().nullable(),
    payment_provider_id: model.text(),
    /** Provider data for off-session charges, e.g. Stripe's saved payment method id. */
    payment_data: model.json().nullable(),
    next_delivery_at: model.dateTime(),
    paused_until: model.dateTime().nullable(),
    pause_reason: model.text().nullable(),
    cancelled_at: model.dateTime().nullable(),
    cancel_reason: model.text().nullable(),
    failed_attempts: model.number().default(0),
    next_retry_at: model.dateTime().nullable(),
    last_failure_reason: model.text().nullable(),
    last_reminder_for: model.dateTime().nullable(),
    /** The address the customer chose in the portal; it wins over their default address for every renewal. */
    delivery_address: model.json().nullable(),
    /** The delivery date the customer skipped, kept so the skip can be undone while that date lies ahead. */
    skipped_delivery_at: model.dateTime().nullable(),
    /** A one-time retention discount (percent) the next renewal takes off; cleared by that renewal. */
    retention_discount_percent: model.float().nullable(),
    /** When the customer accepted the retention offer; it is offered once per subscription. */
    retention_offer_accepted_at: model.dateTime().nullable(),
    /** When a cancelled subscription was last restarted. */
    restarted_at: model.dateTime().nullable(),
    renewals: model.hasMany(() => SubscriptionRenewal, { mappedBy: "subscription" }),
    metadata: model.json().nullable(),
  })
  .cascades({ delete: ["renewals"] })
  .indexes([{ on: ["status", "next_delivery_at"] }, { on: ["status", "next_retry_at"] }, { on: ["customer_id"] }, { on: ["variant_id"] }])
