/** Subscription demand against stock: the figures behind the admin's forecast and the low-stock alerts. */
import { assertValidDate, assertWholeDays, DAY_MS } from "../subscriptions/dates"
import { deliveriesWithin, runOutDate, type SubscriptionDemand } from "../subscriptions/forecast"
import { daysOfCover } from "./stock-cover"

/** The fixed horizons every forecast shows next to the admin's chosen window. */
export const FORECAST_HORIZON_DAYS = [7, 30, 60, 90] as const
/** One-time sales count into demand at their daily rate over this many days back. */
export const ONE_TIME_SALES_LOOKBACK_DAYS = 30
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
  /** Units due in each week of the window (the last week may be shorter); the first runs from now to 7 days on, inclusive. */
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

/** Weeks the chart of a window shows: the window and no more. */
export const weeksIn = (windowDays: number) => Math.ceil(windowDays / 7)

/**
 * What a set of subscriptions will need, in one pass: each subscription's deliveries are listed once, up to the
 * furthest horizon, then counted into the horizons, the window and the window's weeks of the chart.
 */
export function tallyDemand(subscriptions: Iterable<ForecastSubscription>, now: Date, windowDays: number): DemandTally {
  assertValidDate(now, "now")
  assertWholeDays(windowDays, "windowDays", 1)
  const start = now.getTime()
  const furthest = Math.max(windowDays, FORECAST_HORIZON_DAYS[FORECAST_HORIZON_DAYS.length - 1]!)
  const horizonEnds = FORECAST_HORIZON_DAYS.map((days) => start + days * DAY_MS)
  const windowEnd = start + windowDays * DAY_MS
  const tally: DemandTally = {
    units_needed: { next_7_days: 0, next_30_days: 0, next_60_days: 0, next_90_days: 0, in_window: 0 },
    units_per_week: new Array<number>(weeksIn(windowDays)).fill(0),
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
        tally.units_per_week[at <= start ? 0 : Math.ceil((at - start) / WEEK_MS) - 1]! += sub.quantity
      }
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
  /** Units a day: subscriptions at the pace of the window plus one-time sales at their recent rate. */
  daily_demand: number
  subscription_daily_demand: number
  one_time_daily_demand: number
  /** One-time units the window will take at their recent rate, rounded to whole units. */
  one_time_in_window: number
  run_out_date: Date | null
  days_of_cover: number | null
  /** Units the window needs (subscriptions and expected one-time sales) beyond what is available. */
  short_by: number
  /** Subscriptions whose delivery comes after available stock is used up by earlier deliveries. */
  at_risk_subscriptions: number
}

/** The recent daily rate of one-time sales: units sold over the lookback, per day. */
export function oneTimeDailyRate(unitsSold: number, lookbackDays = ONE_TIME_SALES_LOOKBACK_DAYS): number {
  if (!Number.isFinite(unitsSold) || unitsSold < 0) throw new RangeError(`unitsSold must be zero or more, got ${unitsSold}`)
  assertWholeDays(lookbackDays, "lookbackDays", 1)
  return unitsSold / lookbackDays
}

/**
 * How long available stock lasts over `windowDays` against a tally of subscription demand and one-time sales at
 * `oneTimePerDay`. Subscriptions at risk are worked out from their deliveries alone: a one-time sale has no date.
 */
export function stockOutlook(tally: DemandTally, available: number, now: Date, windowDays: number, oneTimePerDay = 0): StockOutlook {
  assertWholeDays(windowDays, "windowDays", 1)
  if (!Number.isFinite(oneTimePerDay) || oneTimePerDay < 0) throw new RangeError(`oneTimePerDay must be zero or more, got ${oneTimePerDay}`)
  const subscriptionDaily = tally.units_needed.in_window / windowDays
  const dailyDemand = subscriptionDaily + oneTimePerDay
  const oneTimeInWindow = Math.round(oneTimePerDay * windowDays)
  return {
    daily_demand: dailyDemand,
    subscription_daily_demand: subscriptionDaily,
    one_time_daily_demand: oneTimePerDay,
    one_time_in_window: oneTimeInWindow,
    run_out_date: runOutDate(available, dailyDemand, now),
    days_of_cover: daysOfCover(available, dailyDemand),
    short_by: Math.max(0, tally.units_needed.in_window + oneTimeInWindow - Math.max(0, available)),
    at_risk_subscriptions: subscriptionsAtRisk(tally.deliveries, available, tally.stock_failures).size,
  }
}
