import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { addDays, type ForecastSubscription } from "@biome/shared"

/** One subscription as the forecast sees it: what, how many, how often, next when, and through which channel. */
export interface DemandRow extends ForecastSubscription {
  variant_id: string
  sales_channel_id: string | null
}

/**
 * Every subscription that still takes deliveries (active and past due; paused and cancelled ones are left out),
 * in ONE query that reads only the columns the forecast needs. Plain SQL because at ten thousand subscriptions
 * hydrating ORM entities costs more than the forecast maths. The lateral join reads each subscription's latest
 * renewal attempt: a past-due one whose attempt found no stock is at risk, and one whose renewal order is being
 * placed right now has had its stock reserved already, so its demand starts at the delivery after.
 */
export async function subscriptionDemandRows(container: MedusaContainer, variantIds?: string[]): Promise<DemandRow[]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as Knex
  const query = knex("subscription as s")
    .select(
      "s.id",
      "s.variant_id",
      "s.sales_channel_id",
      "s.status",
      "s.quantity",
      "s.interval_days",
      "s.next_delivery_at",
      knex.raw("coalesce(s.status = 'past_due' and last_attempt.failure_code = 'out_of_stock', false) as stock_failure"),
      knex.raw("coalesce(last_attempt.status = 'processing' and last_attempt.order_id is not null, false) as renewing")
    )
    .joinRaw(
      `left join lateral (
         select r.status, r.failure_code, r.order_id from subscription_renewal r
         where r.subscription_id = s.id and r.deleted_at is null
         order by r.created_at desc limit 1
       ) last_attempt on true`
    )
    .whereIn("s.status", ["active", "past_due"])
    .whereNull("s.deleted_at")
  if (variantIds) query.whereIn("s.variant_id", variantIds)
  const rows: (Omit<DemandRow, "next_delivery_at"> & { next_delivery_at: Date | string; renewing: boolean })[] = await query
  return rows.map(({ renewing, ...row }) => {
    const next = new Date(row.next_delivery_at)
    return { ...row, next_delivery_at: renewing ? addDays(next, row.interval_days) : next }
  })
}
