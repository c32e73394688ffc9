export {
  DEFAULT_FORECAST_DAYS,
  FORECAST_HORIZON_DAYS,
  FORECAST_WEEKS,
  MAX_FORECAST_DAYS,
  stockOutlook,
  subscriptionsAtRisk,
  tallyDemand,
} from "./demand"
export type { DemandTally, DueDelivery, ForecastSubscription, StockOutlook, UnitsNeeded } from "./demand"
export { DEFAULT_LOW_STOCK_THRESHOLD_DAYS, daysOfCover, isBelowThreshold, lowStockCrossing } from "./stock-cover"
export type { LowStockCrossing } from "./stock-cover"
export type { LocationForecast, StockFigures, SubscriptionForecast, VariantForecast } from "./forecast-report"
