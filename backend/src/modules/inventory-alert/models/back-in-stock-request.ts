import { model } from "@medusajs/framework/utils"

/**
 * A shopper's "notify me" on an out-of-stock variant. One waiting request per variant and email: asking twice
 * changes nothing, and once notified a new request waits for the next restock.
 */
export const BackInStockRequest = model
  .define("back_in_stock_request", {
    id: model.id({ prefix: "bisreq" }).primaryKey(),
    variant_id: model.text(),
    /** Lower-cased, so Ann@x and ann@x are the same requester. */
    email: model.text(),
    customer_id: model.text().nullable(),
    status: model.enum(["waiting", "notified"]).default("waiting"),
    notified_at: model.dateTime().nullable(),
  })
  .indexes([
    { name: "IDX_back_in_stock_request_one_waiting", on: ["variant_id", "email"], unique: true, where: { status: "waiting" } },
    { on: ["variant_id", "status"] },
  ])
