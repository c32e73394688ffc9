export {
  DEFAULT_FORECAST_DAYS,
  FORECAST_HORIZON_DAYS,
  MAX_FORECAST_DAYS,
  ONE_TIME_SALES_LOOKBACK_DAYS,
  oneTimeDailyRate,
  stockOutlook,
  subscriptionsAtRisk,
  tallyDemand,
  weeksIn,
} from "./demand"
export type { DemandTally, DueDelivery, ForecastSubscription, StockOutlook, UnitsNeeded } from "./demand"
export { DEFAULT_LOW_STOCK_THRESHOLD_DAYS, daysOfCover, isBelowThreshold, lowStockCrossing } from "./stock-cover"
export type { LowStockCrossing } from "./stock-cover"
export type { LocationForecast, StockFigures, SubscriptionForecast, VariantForecast } from "./forecast-report"
