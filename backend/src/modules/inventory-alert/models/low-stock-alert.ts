import { model } from "@medusajs/framework/utils"

/**
 * One crossing under a variant's low-stock threshold. It stays open while the variant is under and is cleared
 * when stock goes back over; the database holds at most one open alert per variant, so two processes that see
 * the same crossing cannot both raise it.
 */
export const LowStockAlert = model
  .define("low_stock_alert", {
    id: model.id({ prefix: "lsalert" }).primaryKey(),
    variant_id: model.text(),
    threshold_days: model.number(),
    days_of_cover: model.float(),
    available: model.number(),
    daily_demand: model.float(),
    notified_at: model.dateTime().nullable(),
    cleared_at: model.dateTime().nullable(),
  })
  .indexes([
    { name: "IDX_low_stock_alert_one_open", on: ["variant_id"], unique: true, where: { cleared_at: null } },
    { on: ["variant_id", "created_at"] },
  ])
