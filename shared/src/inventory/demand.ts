/** Subscription demand against stock: the figures behind the admin's forecast and the low-stock alerts. */
import { assertValidDate, assertWholeDays, DAY_MS } from "../subscriptions/dates"
import { deliveriesWithin, runOutDate, type SubscriptionDemand } from "../subscriptions/forecast"
import { daysOfCover } from "./stock-cover"

/** The fixed horizons every forecast shows next to the admin's chosen window. */
export const FORECAST_HORIZON_DAYS = [7, 30, 60, 90] as const
/** The demand chart: units due per week for this many weeks. */
export const FORECAST_WEEKS = 13
export const DEFAULT_FORECAST_DAYS = 30
export const MAX_FORECAST_DAYS = 365

export interface ForecastSubscription extends SubscriptionDemand {
  id: string
  /** Past-due subscriptions still count: their delivery is owed, and is due now. */
  status: "active" | "past_due"
  /** Its last renewal attempt failed because the variant was out of stock. */
  stock_failure: boolean
}

export interface UnitsNeeded {
  next_7_days: number
  next_30_days: number
  next_60_days: number
  next_90_days: number
  /** Within the window the admin asked for. */
  in_window: number
}

export interface DueDelivery {
  at: number
  quantity: number
  subscription_id: string
}

export interface DemandTally {
  units_needed: UnitsNeeded
  /** Units due in each of the next FORECAST_WEEKS weeks; the first week runs from now to 7 days on, inclusive. */
  units_per_week: number[]
  subscriptions: number
  past_due_subscriptions: number
  /** Deliveries within the window, earliest first. */
  deliveries: DueDelivery[]
  /** Past-due subscriptions whose renewal found no stock. */
  stock_failures: string[]
}

const HORIZON_KEYS = ["next_7_days", "next_30_days", "next_60_days", "next_90_days"] as const
const WEEK_MS = 7 * DAY_MS

/**
 * What a set of subscriptions will need, in one pass: each subscription's deliveries are listed once, up to the
 * furthest horizon, then counted into the horizons, the window and the weeks of the chart.
 */
export function tallyDemand(subscriptions: Iterable<ForecastSubscription>, now: Date, windowDays: number): DemandTally {
  assertValidDate(now, "now")
  assertWholeDays(windowDays, "windowDays", 1)
  const start = now.getTime()
  const furthest = Math.max(windowDays, FORECAST_HORIZON_DAYS[FORECAST_HORIZON_DAYS.length - 1]!, FORECAST_WEEKS * 7)
  const horizonEnds = FORECAST_HORIZON_DAYS.map((days) => start + days * DAY_MS)
  const windowEnd = start + windowDays * DAY_MS
  const tally: DemandTally = {
    units_needed: { next_7_days: 0, next_30_days: 0, next_60_days: 0, next_90_days: 0, in_window: 0 },
    units_per_week: new Array<number>(FORECAST_WEEKS).fill(0),
    subscriptions: 0,
    past_due_subscriptions: 0,
    deliveries: [],
    stock_failures: [],
  }
  for (const sub of subscriptions) {
    tally.subscriptions += 1
    if (sub.status === "past_due") {
      tally.past_due_subscriptions += 1
      if (sub.stock_failure) tally.stock_failures.push(sub.id)
    }
    for (const date of deliveriesWithin(sub.next_delivery_at, sub.interval_days, now, furthest)) {
      const at = date.getTime()
      horizonEnds.forEach((end, i) => {
        if (at <= end) tally.units_needed[HORIZON_KEYS[i]!] += sub.quantity
      })
      if (at <= windowEnd) {
        tally.units_needed.in_window += sub.quantity
        tally.deliveries.push({ at, quantity: sub.quantity, subscription_id: sub.id })
      }
      const week = at <= start ? 0 : Math.ceil((at - start) / WEEK_MS) - 1
      if (week < FORECAST_WEEKS) tally.units_per_week[week]! += sub.quantity
    }
  }
  tally.deliveries.sort((a, b) => a.at - b.at)
  return tally
}

/**
 * Subscriptions that stock will not serve: those with a delivery in the window that comes after the available
 * units are used up (deliveries served earliest first), and past-due ones whose renewal already found none.
 */
export function subscriptionsAtRisk(deliveries: DueDelivery[], available: number, stockFailures: Iterable<string>): Set<string> {
  const atRisk = new Set(stockFailures)
  let left = Math.max(0, available)
  for (const delivery of [...deliveries].sort((a, b) => a.at - b.at)) {
    if (delivery.quantity > left) {
      atRisk.add(delivery.subscription_id)
      left = 0
    } else {
      left -= delivery.quantity
    }
  }
  return atRisk
}

export interface StockOutlook {
  /** Units a day at the pace of the window's demand. */
  daily_demand: number
  run_out_date: Date | null
  days_of_cover: number | null
  /** Units the window needs beyond what is available. */
  short_by: number
  at_risk_subscriptions: number
}

/** How long available stock lasts against a tally of demand over `windowDays`. */
export function stockOutlook(tally: DemandTally, available: number, now: Date, windowDays: number): StockOutlook {
  assertWholeDays(windowDays, "windowDays", 1)
  const dailyDemand = tally.units_needed.in_window / windowDays
  return {
    daily_demand: dailyDemand,
    run_out_date: runOutDate(available, dailyDemand, now),
    days_of_cover: daysOfCover(available, dailyDemand),
    short_by: Math.max(0, tally.units_needed.in_window - Math.max(0, available)),
    at_risk_subscriptions: subscriptionsAtRisk(tally.deliveries, available, tally.stock_failures).size,
  }
}
