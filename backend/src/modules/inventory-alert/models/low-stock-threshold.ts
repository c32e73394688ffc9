import { model } from "@medusajs/framework/utils"

/** An admin's own low-stock threshold for one variant, in days of cover; variants without one use the default. */
export const LowStockThreshold = model.define("low_stock_threshold", {
  id: model.id({ prefix: "lsthr" }).primaryKey(),
  variant_id: model.text().unique(),
  threshold_days: model.number(),
})
