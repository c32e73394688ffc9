import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { addDays, ONE_TIME_SALES_LOOKBACK_DAYS } from "@biome/shared"
import { INTERVAL_KEY } from "@/lib/subscriptions/subscription-line"

/** One-time units of a variant sold through one sales channel in the lookback. */
export interface OneTimeSalesRow {
  variant_id: string
  sales_channel_id: string | null
  units: number
}

/**
 * Units of each variant sold as one-time purchases in the last ONE_TIME_SALES_LOOKBACK_DAYS days up to `now`, per
 * sales channel: lines of placed, not cancelled orders (current order version) that carry no subscription
 * interval. Subscription lines, the first order's and every renewal's, are subscription demand already.
 */
export async function oneTimeSalesRows(container: MedusaContainer, now: Date, variantIds?: string[]): Promise<OneTimeSalesRow[]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as Knex
  const query = knex("order_item as oi")
    .join("order as o", function (this: Knex.JoinClause) {
      this.on("o.id", "=", "oi.order_id").andOn("o.version", "=", "oi.version")
    })
    .join("order_line_item as li", "li.id", "oi.item_id")
    .select("li.variant_id", "o.sales_channel_id", knex.raw("sum(oi.quantity)::float as units"))
    .whereNotNull("li.variant_id")
    .whereNull("oi.deleted_at")
    .whereNull("li.deleted_at")
    .whereNull("o.deleted_at")
    .where("o.is_draft_order", false)
    .whereNot("o.status", "canceled")
    .where("o.created_at", ">", addDays(now, -ONE_TIME_SALES_LOOKBACK_DAYS))
    .where("o.created_at", "<=", now)
    .whereRaw("not coalesce(jsonb_exists(li.metadata, ?), false)", [INTERVAL_KEY])
    .groupBy("li.variant_id", "o.sales_channel_id")
  if (variantIds) query.whereIn("li.variant_id", variantIds)
  const rows: { variant_id: string; sales_channel_id: string | null; units: number | string }[] = await query
  return rows.map((row) => ({ ...row, units: Number(row.units) }))
}
