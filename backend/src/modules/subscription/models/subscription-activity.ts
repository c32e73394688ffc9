import { model } from "@medusajs/framework/utils"
import { SUBSCRIPTION_ACTIVITY_ACTOR_TYPES, SUBSCRIPTION_ACTIVITY_KINDS } from "@biome/shared"

/**
 * One entry of a subscription's activity timeline: who (customer, admin, the shop's jobs) did what, and when.
 * Kept by subscription id alone, so an entry outlives nothing and never blocks a change to the subscription.
 */
export const SubscriptionActivity = model
  .define("subscription_activity", {
    id: model.id({ prefix: "subact" }).primaryKey(),
    subscription_id: model.text(),
    occurred_at: model.dateTime(),
    actor_type: model.enum([...SUBSCRIPTION_ACTIVITY_ACTOR_TYPES]),
    actor_id: model.text().nullable(),
    /** What the admin page shows for the actor: the admin's email, "Customer", "Renewal job". */
    actor_label: model.text(),
    kind: model.enum([...SUBSCRIPTION_ACTIVITY_KINDS]),
    details: model.json().nullable(),
  })
  .indexes([{ on: ["subscription_id", "occurred_at"] }])
