import { model } from "@medusajs/framework/utils"
import { Subscription } from "./subscription"

/**
 * One attempt to renew one delivery period. The period key (subscription id + scheduled date) is what makes
 * renewals exactly-once: the database accepts one succeeded and one in-flight attempt per period.
 */
export const SubscriptionRenewal = model
  .define("subscription_renewal", {
    id: model.id({ prefix: "subren" }).primaryKey(),
    period_key: model.text(),
    scheduled_for: model.dateTime(),
    attempt: model.number(),
    status: model.enum(["processing", "succeeded", "failed"]).default("processing"),
    trigger: model.enum(["schedule", "retry", "admin", "customer"]),
    order_id: model.text().nullable(),
    failure_code: model.text().nullable(),
    failure_reason: model.text().nullable(),
    subscription: model.belongsTo(() => Subscription, { mappedBy: "renewals" }),
  })
  .indexes([
    { name: "IDX_subscription_renewal_one_success", on: ["period_key"], unique: true, where: { status: "succeeded" } },
    { name: "IDX_subscription_renewal_one_in_flight", on: ["period_key"], unique: true, where: { status: "processing" } },
    { on: ["subscription_id", "created_at"] },
  ])
