import { z } from "@medusajs/framework/zod"
import { MAX_RETENTION_DISCOUNT_PERCENT } from "@biome/shared"

export const AdminGetSubscriptionSettings = z.object({}).strict()

/** The one-time discount offered to a customer about to cancel: 0 (none) to 50 %. */
export const AdminSaveSubscriptionSettings = z
  .object({
    retention_discount_percent: z
      .number({ message: "retention_discount_percent must be a number of percent" })
      .min(0, "retention_discount_percent must be at least 0")
      .max(MAX_RETENTION_DISCOUNT_PERCENT, `retention_discount_percent must be at most ${MAX_RETENTION_DISCOUNT_PERCENT}`),
  })
  .strict()
export type AdminSaveSubscriptionSettingsType = z.infer<typeof AdminSaveSubscriptionSettings>
