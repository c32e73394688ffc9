/** Demand forecasting from subscriptions: the admin's "units needed vs stock on hand" view. */
import { addDays, assertValidDate, assertWholeDays, DAY_MS } from "./dates"

/**
 * Every delivery due from now until `horizonDays` days ahead (inclusive). An overdue next delivery
 * counts once, as due now; the later ones keep the subscription's rhythm (next + k × interval).
 */
export function deliveriesWithin(nextDeliveryAt: Date, intervalDays: number, now: Date, horizonDays: number): Date[] {
  assertValidDate(nextDeliveryAt, "nextDeliveryAt")
  assertValidDate(now, "now")
  assertWholeDays(intervalDays, "intervalDays", 1)
  assertWholeDays(horizonDays, "horizonDays", 0)
  const end = addDays(now, horizonDays).getTime()
  const dates: Date[] = []
  let next = nextDeliveryAt
  if (next.getTime() <= now.getTime()) {
    dates.push(new Date(now.getTime()))
    const missed = Math.floor((now.getTime() - next.getTime()) / (intervalDays * DAY_MS)) + 1
    next = addDays(next, missed * intervalDays)
  }
  for (; next.getTime() <= end; next = addDays(next, intervalDays)) dates.push(next)
  return dates
}

export interface SubscriptionDemand {
  next_delivery_at: Date
  interval_days: number
  quantity: number
}

/** Units one subscription will take within the horizon. */
export function unitsDueWithin(sub: SubscriptionDemand, now: Date, horizonDays: number): number {
  if (!Number.isInteger(sub.quantity) || sub.quantity < 0) throw new RangeError(`quantity must be a whole number, got ${sub.quantity}`)
  return deliveriesWithin(sub.next_delivery_at, sub.interval_days, now, horizonDays).length * sub.quantity
}

/**
 * The day stock runs out at a steady daily demand: the day the last unit is needed. Null when there is
 * no demand; now when nothing is left.
 */
export function runOutDate(available: number, dailyDemand: number, now: Date): Date | null {
  assertValidDate(now, "now")
  if (!Number.isFinite(available) || !Number.isFinite(dailyDemand)) throw new RangeError("available and dailyDemand must be finite numbers")
  if (dailyDemand <= 0) return null
  if (available <= 0) return new Date(now.getTime())
  // The epsilon keeps 0.7 / 0.1 = 6.999… and 0.3 / 0.1 = 2.999… on the day they mean.
  return addDays(now, Math.ceil(available / dailyDemand - 1e-9))
}
