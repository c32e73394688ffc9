import type { UnitsNeeded } from "./demand"

/** The subscription forecast as the inventory routes send it and the admin reads it. */

/** Stock next to what subscriptions will need from it. */
export interface StockFigures {
  stocked: number
  reserved: number
  available: number
  units_needed: UnitsNeeded
  /** Units a day: subscription_daily_demand + one_time_daily_demand; run-out and cover use it. */
  daily_demand: number
  /** Subscription units a day at the pace of the requested window. */
  subscription_daily_demand: number
  /** One-time (non-subscription) units sold a day, over the last ONE_TIME_SALES_LOOKBACK_DAYS days. */
  one_time_daily_demand: number
  /** One-time units sold in the last ONE_TIME_SALES_LOOKBACK_DAYS days. */
  one_time_units_sold: number
  /** One-time units the window will take at that rate. */
  one_time_in_window: number
  run_out_date: string | null
  days_of_cover: number | null
  /** Units the window needs (subscriptions and expected one-time sales) beyond what is available. */
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
  /** Subscription units due in each week of the window, the first starting now (the last may be shorter). */
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
