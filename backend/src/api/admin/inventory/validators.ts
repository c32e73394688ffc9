import { z } from "@medusajs/framework/zod"
import { DEFAULT_FORECAST_DAYS, MAX_FORECAST_DAYS } from "@biome/shared"

const variantId = z.string().trim().min(1)

/** ?days=N (1 to 365, default 30) and optionally one variant. */
export const AdminSubscriptionForecast = z
  .object({
    days: z.coerce.number().int().min(1).max(MAX_FORECAST_DAYS).default(DEFAULT_FORECAST_DAYS),
    variant_id: variantId.optional(),
  })
  .strict()
export type AdminSubscriptionForecastType = z.infer<typeof AdminSubscriptionForecast>

export const AdminListLowStockThresholds = z.object({ variant_id: variantId.optional() }).strict()
export type AdminListLowStockThresholdsType = z.infer<typeof AdminListLowStockThresholds>

/** A variant's threshold in whole days of cover. */
export const AdminSaveLowStockThreshold = z
  .object({ variant_id: variantId, threshold_days: z.number().int().min(1).max(MAX_FORECAST_DAYS) })
  .strict()
export type AdminSaveLowStockThresholdType = z.infer<typeof AdminSaveLowStockThreshold>
