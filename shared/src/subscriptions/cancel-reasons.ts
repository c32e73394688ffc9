/** Why a customer cancels: the portal and the admin offer the same list, and the backend accepts only these. */
export const CANCEL_REASONS = ["too_expensive", "not_needed", "switching_product", "side_effects", "other"] as const
export type CancelReason = (typeof CANCEL_REASONS)[number]

/** The reasons as the customer picks them in the portal, in their own words (admins read SUBSCRIPTION_CANCEL_REASON_LABEL). */
export const CANCEL_REASON_CUSTOMER_LABEL: Record<CancelReason, string> = {
  too_expensive: "It's too expensive",
  not_needed: "I don't need it any more",
  switching_product: "I'm switching to another product",
  side_effects: "It didn't agree with me",
  other: "Another reason",
}

export function isCancelReason(value: unknown): value is CancelReason {
  return typeof value === "string" && (CANCEL_REASONS as readonly string[]).includes(value)
}
