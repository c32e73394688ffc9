import type { UnitsNeeded } from "./demand"

/** The subscription forecast as the inventory routes send it and the admin reads it. */

/** Stock next to what subscriptions will need from it. */
export interface StockFigures {
  stocked: number
  reserved: number
  available: number
  units_needed: UnitsNeeded
  /** Units a day at the pace of the requested window. */
  daily_demand: number
  run_out_date: string | null
  days_of_cover: number | null
  /** Units the window needs beyond what is available. */
  short_by: number
  subscriptions: number
  past_due_subscriptions: number
  at_risk_subscriptions: number
}

export interface LocationForecast extends StockFigures {
  location_id: string
  location_name: string
}

export interface VariantForecast extends StockFigures {
  variant_id: string
  variant_title: string
  sku: string | null
  product_id: string
  product_title: string
  /** Units due in each of the next 13 weeks, the first starting now. */
  units_per_week: number[]
  low_stock_threshold_days: number
  below_threshold: boolean
  locations: LocationForecast[]
}

export interface SubscriptionForecast {
  days: number
  generated_at: string
  variants: VariantForecast[]
}
