import type { InferTypeOf } from "@medusajs/framework/types"
import type { Subscription } from "./models/subscription"
import type { SubscriptionRenewal } from "./models/subscription-renewal"

export type SubscriptionDTO = InferTypeOf<typeof Subscription>
export type SubscriptionRenewalDTO = InferTypeOf<typeof SubscriptionRenewal>
export type RenewalTrigger = "schedule" | "retry" | "admin" | "customer"

export interface RenewalPolicy {
  /** Days after each failed attempt before the next one, e.g. [1, 3, 7]. */
  retry_schedule_days: number[]
  /** What happens once the retries are used up. */
  after_final_failure: "pause" | "cancel"
  /** How many days before a renewal the customer gets a reminder. */
  reminder_days_before: number
}

export type RenewalClaim =
  | { state: "claimed" | "resumed"; renewal: SubscriptionRenewalDTO }
  | { state: "already_renewed"; renewal: SubscriptionRenewalDTO }
