import type { CancelReason } from "./cancel-reasons"

/**
 * What the portal offers a customer about to cancel, before the cancellation itself. The reason they give
 * decides which alternatives make sense and in which order; each needs the subscription to allow it.
 */

export type RetentionAlternative = "skip" | "pause" | "longer_interval" | "discount"

/** The largest one-time retention discount an admin may set, in percent. */
export const MAX_RETENTION_DISCOUNT_PERCENT = 50

// Price worries first meet the discount; "too much at home" first meets a break. Side effects get no sales
// pitch: nothing that keeps the product coming is pushed on someone it did not agree with.
const BY_REASON: Record<CancelReason, RetentionAlternative[]> = {
  too_expensive: ["discount", "longer_interval", "skip"],
  not_needed: ["skip", "pause", "longer_interval"],
  switching_product: ["discount", "pause"],
  side_effects: [],
  other: ["skip", "pause", "longer_interval", "discount"],
}

export interface RetentionContext {
  /** The subscription's current interval and the intervals its product offers. */
  interval_days: number
  offered_interval_days: number[]
  /** Whether skipping and pausing are allowed in the subscription's status. */
  can_skip: boolean
  can_pause: boolean
  /** The discount an admin set (0 = none) and whether this subscription already used its one offer. */
  retention_discount_percent: number
  retention_offer_used: boolean
}

/** The longest interval the product offers beyond the current one, or null. */
export function longerInterval(intervalDays: number, offered: number[]): number | null {
  const longer = offered.filter((days) => days > intervalDays)
  return longer.length ? Math.max(...longer) : null
}

/** The alternatives to offer for `reason`, best first; empty means go straight to confirming the cancellation. */
export function retentionAlternatives(reason: CancelReason, ctx: RetentionContext): RetentionAlternative[] {
  return (BY_REASON[reason] ?? []).filter((alt) => {
    switch (alt) {
      case "skip":
        return ctx.can_skip
      case "pause":
        return ctx.can_pause
      case "longer_interval":
        return longerInterval(ctx.interval_days, ctx.offered_interval_days) !== null
      case "discount":
        return ctx.retention_discount_percent > 0 && !ctx.retention_offer_used
      default:
        return false
    }
  })
}

/** A problem with an admin's retention discount, or null when 0–50 %. */
export function retentionDiscountProblem(value: unknown): string | null {
  if (typeof value !== "number" || !Number.isFinite(value)) return "The retention discount must be a number of percent."
  if (value < 0 || value > MAX_RETENTION_DISCOUNT_PERCENT) {
    return `The retention discount must be between 0 and ${MAX_RETENTION_DISCOUNT_PERCENT} %.`
  }
  return null
}
