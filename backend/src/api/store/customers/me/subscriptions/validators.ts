import { z } from "@medusajs/framework/zod"
import { SUBSCRIPTION_QUANTITY } from "@biome/shared"
import { cancellation, isoDate, noBody, pageLimit, pageOffset, SUBSCRIPTION_STATUSES } from "@/api/subscription-validators"

export const StoreListSubscriptions = z
  .object({ status: z.enum(SUBSCRIPTION_STATUSES).optional(), limit: pageLimit(50, 10), offset: pageOffset })
  .strict()
export type StoreListSubscriptionsType = z.infer<typeof StoreListSubscriptions>

export const StoreGetSubscription = z.object({}).strict()

/** Changes a customer may make; at least one. */
export const StoreChangeSubscription = z
  .object({
    interval_days: z.number().int().positive().optional(),
    quantity: z.number().int().min(SUBSCRIPTION_QUANTITY.min).max(SUBSCRIPTION_QUANTITY.max).optional(),
    variant_id: z.string().trim().min(1).optional(),
    next_delivery_at: isoDate.optional(),
  })
  .strict()
  .refine((body) => Object.values(body).some((v) => v !== undefined), {
    message: "Say what to change: interval_days, quantity, variant_id or next_delivery_at",
  })
export type StoreChangeSubscriptionType = z.infer<typeof StoreChangeSubscription>

export const StoreSkipDelivery = noBody
export const StoreResumeSubscription = noBody

/** `until` omitted or null pauses until the customer resumes. */
export const StorePauseSubscription = z.object({ until: isoDate.nullable().optional() }).strict()
export type StorePauseSubscriptionType = z.infer<typeof StorePauseSubscription>

export const StoreCancelSubscription = z.object(cancellation).strict()
export type StoreCancelSubscriptionType = z.infer<typeof StoreCancelSubscription>
