import type { InferTypeOf } from "@medusajs/framework/types"
import type { Subscription } from "./models/subscription"
import type { SubscriptionRenewal } from "./models/subscription-renewal"
import type { SubscriptionActivityDetails, SubscriptionActivityKind, SubscriptionActivityActorType } from "@biome/shared"

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

/** An activity entry to record; occurred_at is when it is written unless given. */
export interface NewSubscriptionActivity {
  subscription_id: string
  kind: SubscriptionActivityKind
  actor_type: SubscriptionActivityActorType
  actor_id: string | null
  actor_label: string
  details: SubscriptionActivityDetails
  occurred_at?: Date | string
}
