import type { MedusaContainer } from "@medusajs/framework/types"
import {
  isBelowThreshold,
  oneTimeDailyRate,
  stockOutlook,
  tallyDemand,
  type DemandTally,
  type LocationForecast,
  type StockFigures,
  type SubscriptionForecast,
  type VariantForecast,
} from "@biome/shared"
import { INVENTORY_ALERT_MODULE } from "@/modules/inventory-alert"
import type InventoryAlertModuleService from "@/modules/inventory-alert/service"
import { oneTimeSalesRows, type OneTimeSalesRow } from "./one-time-sales"
import { subscriptionDemandRows, type DemandRow } from "./subscription-demand"
import { variantStock, type LocationStock, type VariantStock } from "./variant-stock"

/**
 * The demand forecast for every stock-tracked variant (or only `variant_ids`): one query for the subscriptions,
 * one pass over them, and one query for the recent one-time sales, whose daily rate adds to the subscriptions'
 * pace (`one_time_sales: false` leaves them out). Demand belongs to the variant: Medusa reserves each renewal at
 * whichever location of the subscription's sales channel has the stock, so the variant's figures set all of its
 * demand against the stock of all its locations. Each location row shows that location's stock and the demand
 * that can reach it, from subscriptions and sales whose sales channel the location serves; a channel served by
 * two locations counts at both, so location rows do not add up to the variant's.
 */
export async function forecastSubscriptionDemand(
  container: MedusaContainer,
  {
    days,
    variant_ids,
    now = new Date(),
    one_time_sales = true,
  }: { days: number; variant_ids?: string[]; now?: Date; one_time_sales?: boolean }
): Promise<SubscriptionForecast> {
  const [stock, rows, sales] = await Promise.all([
    variantStock(container, variant_ids),
    subscriptionDemandRows(container, variant_ids),
    one_time_sales ? oneTimeSalesRows(container, now, variant_ids) : [],
  ])
  const thresholds = await container
    .resolve<InventoryAlertModuleService>(INVENTORY_ALERT_MODULE)
    .thresholdsFor(stock.map((s) => s.variant_id))

  const rowsByVariant = new Map<string, DemandRow[]>()
  for (const row of rows) {
    const list = rowsByVariant.get(row.variant_id)
    if (list) list.push(row)
    else rowsByVariant.set(row.variant_id, [row])
  }

  const salesByVariant = new Map<string, OneTimeSalesRow[]>()
  for (const sale of sales) salesByVariant.set(sale.variant_id, [...(salesByVariant.get(sale.variant_id) ?? []), sale])

  const variants = stock.map((variant) => {
    const demand = rowsByVariant.get(variant.variant_id) ?? []
    const sold = salesByVariant.get(variant.variant_id) ?? []
    const tally = tallyDemand(demand, now, days)
    const figures = stockFigures(tally, unitsSold(sold), sumStock(variant.locations), now, days)
    const threshold = thresholds.get(variant.variant_id)!
    return {
      variant_id: variant.variant_id,
      variant_title: variant.variant_title,
      sku: variant.sku,
      product_id: variant.product_id,
      product_title: variant.product_title,
      ...figures,
      units_per_week: tally.units_per_week,
      low_stock_threshold_days: threshold,
      below_threshold: isBelowThreshold(figures.days_of_cover, threshold),
      locations: variant.locations.map((location) => locationForecast(location, demand, sold, tally, now, days)),
    }
  })
  return { days, generated_at: now.toISOString(), variants: variants.sort(byEarliestRunOut) }
}

function locationForecast(
  location: LocationStock,
  demand: DemandRow[],
  sold: OneTimeSalesRow[],
  variantTally: DemandTally,
  now: Date,
  days: number
): LocationForecast {
  const channels = new Set(location.sales_channel_ids)
  const reaches = (row: { sales_channel_id: string | null }) => !row.sales_channel_id || channels.has(row.sales_channel_id)
  const reaching = demand.filter(reaches)
  const tally = reaching.length === demand.length ? variantTally : tallyDemand(reaching, now, days)
  return {
    location_id: location.location_id,
    location_name: location.location_name,
    ...stockFigures(tally, unitsSold(sold.filter(reaches)), location, now, days),
  }
}

const unitsSold = (sold: OneTimeSalesRow[]) => sold.reduce((sum, row) => sum + row.units, 0)

function stockFigures(
  tally: DemandTally,
  oneTimeUnitsSold: number,
  stock: Pick<LocationStock, "stocked" | "reserved" | "available">,
  now: Date,
  days: number
): StockFigures {
  const outlook = stockOutlook(tally, stock.available, now, days, oneTimeDailyRate(oneTimeUnitsSold))
  return {
    stocked: stock.stocked,
    reserved: stock.reserved,
    available: stock.available,
    units_needed: tally.units_needed,
    daily_demand: round(outlook.daily_demand, 2),
    subscription_daily_demand: round(outlook.subscription_daily_demand, 2),
    one_time_daily_demand: round(outlook.one_time_daily_demand, 2),
    one_time_units_sold: oneTimeUnitsSold,
    one_time_in_window: outlook.one_time_in_window,
    run_out_date: outlook.run_out_date?.toISOString() ?? null,
    days_of_cover: outlook.days_of_cover === null ? null : round(outlook.days_of_cover, 1),
    short_by: outlook.short_by,
    subscriptions: tally.subscriptions,
    past_due_subscriptions: tally.past_due_subscriptions,
    at_risk_subscriptions: outlook.at_risk_subscriptions,
  }
}

function sumStock(locations: VariantStock["locations"]) {
  return locations.reduce(
    (sum, l) => ({ stocked: sum.stocked + l.stocked, reserved: sum.reserved + l.reserved, available: sum.available + l.available }),
    { stocked: 0, reserved: 0, available: 0 }
  )
}

/** Earliest run-out first; variants nobody needs last, least available stock first; then by product and variant name. */
function byEarliestRunOut(a: VariantForecast, b: VariantForecast): number {
  if (a.run_out_date !== b.run_out_date) {
    if (a.run_out_date === null) return 1
    if (b.run_out_date === null) return -1
    return a.run_out_date < b.run_out_date ? -1 : 1
  }
  if (a.run_out_date === null && a.available !== b.available) return a.available - b.available
  return `${a.product_title} ${a.variant_title}`.localeCompare(`${b.product_title} ${b.variant_title}`)
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits
