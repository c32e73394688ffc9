/** The shapes of the inventory feature's admin routes, as the dashboard reads them. */

export type { LocationForecast, StockFigures, SubscriptionForecast, UnitsNeeded, VariantForecast } from "@biome/shared"

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
