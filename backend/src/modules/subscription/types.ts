import type { InferTypeOf } from "@medusajs/framework/types"
import type { Subscription } from "./models/subscription"
import type { SubscriptionRenewal } from "./models/subscription-renewal"
import type { SubscriptionActivityDetails, SubscriptionActivityKind, SubscriptionActivityActorType } from "@biome/shared"

export type SubscriptionDTO = InferTypeOf<typeof Subscription>
export type SubscriptionRenewalDTO = InferTypeOf<typeof SubscriptionRenewal>
/** The admin settings route answers the policy as it is stored: one definition in @biome/shared. */
export type { RenewalPolicy, RenewalTrigger } from "@biome/shared"

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
