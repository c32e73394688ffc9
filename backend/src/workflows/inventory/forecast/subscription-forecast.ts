import type { MedusaContainer } from "@medusajs/framework/types"
import {
  isBelowThreshold,
  stockOutlook,
  tallyDemand,
  type DemandTally,
  type LocationForecast,
  type StockFigures,
  type SubscriptionForecast,
  type VariantForecast,
} from "@biome/shared"
import { INVENTORY_ALERT_MODULE } from "../../../modules/inventory-alert"
import type InventoryAlertModuleService from "../../../modules/inventory-alert/service"
import { subscriptionDemandRows, type DemandRow } from "./subscription-demand"
import { variantStock, type LocationStock, type VariantStock } from "./variant-stock"

/**
 * The subscription demand forecast for every stock-tracked variant (or only `variant_ids`): one query for the
 * subscriptions, one pass over them. Demand belongs to the variant: Medusa reserves each renewal at whichever
 * location of the subscription's sales channel has the stock, so the variant's figures set all of its demand
 * against the stock of all its locations. Each location row shows that location's stock and the demand that can
 * reach it, from subscriptions whose sales channel the location serves; a channel served by two locations
 * counts at both, so location rows do not add up to the variant's.
 */
export async function forecastSubscriptionDemand(
  container: MedusaContainer,
  { days, variant_ids, now = new Date() }: { days: number; variant_ids?: string[]; now?: Date }
): Promise<SubscriptionForecast> {
  const [stock, rows] = await Promise.all([variantStock(container, variant_ids), subscriptionDemandRows(container, variant_ids)])
  const thresholds = await container
    .resolve<InventoryAlertModuleService>(INVENTORY_ALERT_MODULE)
    .thresholdsFor(stock.map((s) => s.variant_id))

  const rowsByVariant = new Map<string, DemandRow[]>()
  for (const row of rows) {
    const list = rowsByVariant.get(row.variant_id)
    if (list) list.push(row)
    else rowsByVariant.set(row.variant_id, [row])
  }

  const variants = stock.map((variant) => {
    const demand = rowsByVariant.get(variant.variant_id) ?? []
    const tally = tallyDemand(demand, now, days)
    const figures = stockFigures(tally, sumStock(variant.locations), now, days)
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
      locations: variant.locations.map((location) => locationForecast(location, demand, tally, now, days)),
    }
  })
  return { days, generated_at: now.toISOString(), variants: variants.sort(byEarliestRunOut) }
}

function locationForecast(location: LocationStock, demand: DemandRow[], variantTally: DemandTally, now: Date, days: number): LocationForecast {
  const channels = new Set(location.sales_channel_ids)
  const reaching = demand.filter((row) => !row.sales_channel_id || channels.has(row.sales_channel_id))
  const tally = reaching.length === demand.length ? variantTally : tallyDemand(reaching, now, days)
  return { location_id: location.location_id, location_name: location.location_name, ...stockFigures(tally, location, now, days) }
}

function stockFigures(tally: DemandTally, stock: Pick<LocationStock, "stocked" | "reserved" | "available">, now: Date, days: number): StockFigures {
  const outlook = stockOutlook(tally, stock.available, now, days)
  return {
    stocked: stock.stocked,
    reserved: stock.reserved,
    available: stock.available,
    units_needed: tally.units_needed,
    daily_demand: round(outlook.daily_demand, 2),
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

/** Earliest run-out first; variants nobody needs last; then by product and variant name. */
function byEarliestRunOut(a: VariantForecast, b: VariantForecast): number {
  if (a.run_out_date !== b.run_out_date) {
    if (a.run_out_date === null) return 1
    if (b.run_out_date === null) return -1
    return a.run_out_date < b.run_out_date ? -1 : 1
  }
  return `${a.product_title} ${a.variant_title}`.localeCompare(`${b.product_title} ${b.variant_title}`)
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits
