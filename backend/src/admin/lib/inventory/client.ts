import { sdk } from "../sdk"
import type { BackInStockRequest, LowStockThreshold, SubscriptionForecast } from "./types"

/** Every call the inventory screens make, one per admin route. */
export const inventoryApi = {
  forecast: (query: { days: number; variant_id?: string }) =>
    sdk.client.fetch<SubscriptionForecast>("/admin/inventory/subscription-forecast", { method: "GET", query }),
  saveThreshold: (body: { variant_id: string; threshold_days: number }) =>
    sdk.client.fetch<{ low_stock_threshold: LowStockThreshold }>("/admin/inventory/low-stock-thresholds", { method: "POST", body }),
  backInStockRequests: (query: { variant_id: string; status?: "waiting" | "notified" }) =>
    sdk.client.fetch<{ back_in_stock_requests: BackInStockRequest[]; count: number }>("/admin/back-in-stock-requests", {
      method: "GET",
      query: { ...query, limit: 1 },
    }),
}
