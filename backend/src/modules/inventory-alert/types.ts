import type { InferTypeOf } from "@medusajs/framework/types"
import type { BackInStockRequest } from "./models/back-in-stock-request"
import type { LowStockAlert } from "./models/low-stock-alert"
import type { LowStockThreshold } from "./models/low-stock-threshold"

export type LowStockThresholdDTO = InferTypeOf<typeof LowStockThreshold>
export type LowStockAlertDTO = InferTypeOf<typeof LowStockAlert>
export type BackInStockRequestDTO = InferTypeOf<typeof BackInStockRequest>

export interface InventoryAlertOptions {
  /** Where low-stock alerts go; ADMIN_ALERT_EMAIL in medusa-config. */
  alert_email?: string
}

export interface OpenLowStockAlertInput {
  variant_id: string
  threshold_days: number
  days_of_cover: number
  available: number
  daily_demand: number
}

/** A waiting request just claimed for notification. */
export interface ClaimedBackInStockRequest {
  id: string
  variant_id: string
  email: string
}
