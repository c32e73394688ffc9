import { model } from "@medusajs/framework/utils"

/** Shop-wide renewal policy that admins can change: retries after a failed renewal and reminders. */
export const SubscriptionSettings = model.define("subscription_settings", {
  id: model.id({ prefix: "subset" }).primaryKey(),
  retry_schedule_days: model.json(),
  after_final_failure: model.enum(["pause", "cancel"]).default("pause"),
  reminder_days_before: model.number().default(3),
  /** The one-time discount (percent, 0 = none) offered to a customer about to cancel. */
  retention_discount_percent: model.float().default(0),
})
