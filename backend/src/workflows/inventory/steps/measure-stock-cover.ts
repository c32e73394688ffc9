import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEFAULT_FORECAST_DAYS } from "@biome/shared"
import { forecastSubscriptionDemand } from "@/queries/inventory/forecast/subscription-forecast"

export const measureStockCoverStepId = "measure-stock-cover"

export interface MeasureStockCoverStepInput {
  variant_ids: string[]
}

export interface StockCover {
  variant_id: string
  product_title: string
  variant_title: string
  sku: string | null
  /** Null when no subscription needs the variant: such a variant is never short. */
  days_of_cover: number | null
  threshold_days: number
  available: number
  daily_demand: number
  run_out_date: string | null
}

/**
 * Days of cover of each variant against subscription demand at the pace of the default 30-day forecast. The
 * alerts (and their emails) speak of subscription demand, so one-time sales stay out of this measure.
 */
export const measureStockCoverStep = createStep(measureStockCoverStepId, async (input: MeasureStockCoverStepInput, { container }) => {
  if (!input.variant_ids.length) return new StepResponse([] as StockCover[])
  const forecast = await forecastSubscriptionDemand(container, {
    days: DEFAULT_FORECAST_DAYS,
    variant_ids: input.variant_ids,
    one_time_sales: false,
  })
  const cover: StockCover[] = forecast.variants.map((v) => ({
    variant_id: v.variant_id,
    product_title: v.product_title,
    variant_title: v.variant_title,
    sku: v.sku,
    days_of_cover: v.days_of_cover,
    threshold_days: v.low_stock_threshold_days,
    available: v.available,
    daily_demand: v.daily_demand,
    run_out_date: v.run_out_date,
  }))
  return new StepResponse(cover)
})
