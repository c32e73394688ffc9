/** The shapes of the inventory feature's admin routes, as the dashboard reads them. */

export interface UnitsNeeded {
  next_7_days: number
  next_30_days: number
  next_60_days: number
  next_90_days: number
  in_window: number
}

export interface StockFigures {
  stocked: number
  reserved: number
  available: number
  units_needed: UnitsNeeded
  daily_demand: number
  run_out_date: string | null
  days_of_cover: number | null
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

export interface LowStockThreshold {
  id: string
  variant_id: string
  threshold_days: number
}

export interface BackInStockRequest {
  id: string
  variant_id: string
  email: string
  status: "waiting" | "notified"
  notified_at: string | null
  created_at: string
}
