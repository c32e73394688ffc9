import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SubscriptionActivityActor, SubscriptionActivityDetails, SubscriptionActivityKind } from "@biome/shared"
import { SUBSCRIPTION_MODULE } from "../../modules/subscription"
import type SubscriptionModuleService from "../../modules/subscription/service"
import type { NewSubscriptionActivity, SubscriptionDTO } from "../../modules/subscription/types"

/** The shop's own actors: the scheduled renewals and the emails it sends. */
export const RENEWAL_JOB: SubscriptionActivityActor = { type: "system", id: null, label: "Renewal job" }
export const SHOP_EMAILS: SubscriptionActivityActor = { type: "system", id: null, label: "Shop emails" }
export const customerActor = (customerId: string): SubscriptionActivityActor => ({ type: "customer", id: customerId, label: "Customer" })

/** Who asked for a portal or admin action: the admin the route names, else the customer the store scoped it to. */
export function actionActor(input: { customer_id?: string; actor?: SubscriptionActivityActor }): SubscriptionActivityActor {
  if (input.actor) return input.actor
  if (input.customer_id) return customerActor(input.customer_id)
  return { type: "system", id: null, label: "Shop" }
}

export function activityEntry(
  subscriptionId: string,
  actor: SubscriptionActivityActor,
  kind: SubscriptionActivityKind,
  details: SubscriptionActivityDetails = {}
): NewSubscriptionActivity {
  return { subscription_id: subscriptionId, kind, actor_type: actor.type, actor_id: actor.id, actor_label: actor.label, details }
}

/** The entries of a portal or admin action, as recordActivityStep takes them. */
export const actionActivity = (
  input: { subscription_id: string; customer_id?: string; actor?: SubscriptionActivityActor },
  kind: SubscriptionActivityKind,
  details: SubscriptionActivityDetails = {}
) => ({ entries: [activityEntry(input.subscription_id, actionActor(input), kind, details)] })

export const isoDate = (value: Date | string | null | undefined): string | null => (value ? new Date(value).toISOString() : null)

/** One entry per field a change really altered: frequency, quantity, size, next date. */
export function changeActivity(
  input: { subscription_id: string; customer_id?: string; actor?: SubscriptionActivityActor },
  before: SubscriptionDTO,
  after: SubscriptionDTO
) {
  const actor = actionActor(input)
  const entries: NewSubscriptionActivity[] = []
  const add = (kind: SubscriptionActivityKind, from: string | number | null, to: string | number | null) => {
    if (from !== to) entries.push(activityEntry(input.subscription_id, actor, kind, { from, to }))
  }
  add("frequency_changed", before.interval_days, after.interval_days)
  add("quantity_changed", before.quantity, after.quantity)
  add("size_changed", before.variant_id, after.variant_id)
  add("next_date_changed", isoDate(before.next_delivery_at), isoDate(after.next_delivery_at))
  return { entries }
}

/** "400 SW 6th Ave, Portland, 97204": enough for an admin to recognise the address. */
export function shortAddress(address: unknown): string | null {
  const a = (address ?? null) as Record<string, string | null | undefined> | null
  if (!a) return null
  return [a.address_1, a.city, a.postal_code, a.country_code?.toUpperCase()].filter(Boolean).join(", ") || null
}

/**
 * Records entries for something already committed (a paid renewal, a sent email). A failed write is logged and
 * swallowed: nothing after the payment may undo a renewal, and a missing line in the timeline must not either.
 */
export async function recordActivityAfterCommit(container: MedusaContainer, entries: NewSubscriptionActivity[]): Promise<void> {
  if (!entries.length) return
  try {
    await container
      .resolve<SubscriptionModuleService>(SUBSCRIPTION_MODULE)
      .createSubscriptionActivities(entries.map((e) => ({ ...e, occurred_at: e.occurred_at ?? new Date() })) as never)
  } catch (e) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        `Subscription activity (${entries.map((e) => e.kind).join(", ")}) for ${entries[0]!.subscription_id} was not recorded: ${(e as Error).message}`
      )
  }
}
