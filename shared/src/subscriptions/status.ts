/** The subscription status machine: which customer or system action is allowed in which status. */

export const SUBSCRIPTION_STATUSES = ["active", "paused", "past_due", "cancelled"] as const
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number]
export type SubscriptionAction = "skip" | "pause" | "resume" | "cancel" | "change" | "renew" | "restart"

export type TransitionCheck = { ok: true; next: SubscriptionStatus } | { ok: false; reason: string }

type Rule = { allowed: true; next: SubscriptionStatus | "unchanged" } | { allowed: false; reason: string }

const to = (next: SubscriptionStatus | "unchanged"): Rule => ({ allowed: true, next })
// The message is shown to the customer as is, so it says why and what to do instead.
const refuse = (reason: string): Rule => ({ allowed: false, reason })

const RULES: Record<SubscriptionAction, Record<SubscriptionStatus, Rule>> = {
  skip: {
    active: to("active"),
    paused: refuse("This subscription is paused, so there is no upcoming delivery to skip. Resume it first."),
    past_due: refuse(
      "The last payment for this subscription did not go through. Please update your payment method before skipping a delivery."
    ),
    cancelled: refuse("This subscription is cancelled, so there are no deliveries to skip."),
  },
  pause: {
    active: to("paused"),
    paused: refuse("This subscription is already paused."),
    past_due: to("paused"),
    cancelled: refuse("This subscription is cancelled, so it cannot be paused."),
  },
  resume: {
    active: refuse("This subscription is already active, so there is nothing to resume."),
    paused: to("active"),
    past_due: refuse(
      "This subscription becomes active again as soon as its overdue payment goes through. Please update your payment method."
    ),
    cancelled: refuse("This subscription is cancelled, so there is nothing to resume: restart it instead."),
  },
  cancel: {
    active: to("cancelled"),
    paused: to("cancelled"),
    past_due: to("cancelled"),
    cancelled: refuse("This subscription is already cancelled."),
  },
  change: {
    active: to("unchanged"),
    paused: to("unchanged"),
    past_due: to("unchanged"),
    cancelled: refuse("This subscription is cancelled, so it can no longer be changed. You are welcome to start a new one."),
  },
  renew: {
    active: to("active"),
    paused: refuse("This subscription is paused, so it is not renewed until it is resumed."),
    // A successful renewal is how a past-due subscription becomes active again.
    past_due: to("active"),
    cancelled: refuse("This subscription is cancelled, so it is not renewed."),
  },
  restart: {
    active: refuse("This subscription is already active."),
    paused: refuse("This subscription is paused, not cancelled: resume it instead."),
    past_due: refuse("This subscription is still running; its overdue payment goes through once your payment method is updated."),
    cancelled: to("active"),
  },
}

/** Whether `action` is allowed in `status`, and the status it leads to (renew means a successful renewal). */
export function checkTransition(status: SubscriptionStatus, action: SubscriptionAction): TransitionCheck {
  const rule = RULES[action]?.[status]
  if (!rule) return { ok: false, reason: `Unknown subscription status or action: ${String(status)}, ${String(action)}.` }
  if (!rule.allowed) return { ok: false, reason: rule.reason }
  return { ok: true, next: rule.next === "unchanged" ? status : rule.next }
}
