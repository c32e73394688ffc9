import { describe, expect, it } from "vitest"
import { oneTimeDailyRate, stockOutlook, subscriptionsAtRisk, tallyDemand, type ForecastSubscription } from "./demand"

const now = new Date("2026-06-01T12:00:00Z")
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000)
const sub = (
  id: string,
  nextInDays: number,
  interval: number,
  quantity = 1,
  extra: Partial<ForecastSubscription> = {}
): ForecastSubscription => ({
  id,
  status: "active",
  stock_failure: false,
  next_delivery_at: inDays(nextInDays),
  interval_days: interval,
  quantity,
  ...extra,
})

describe("tallying what subscriptions will need", () => {
  it("a monthly single and a bi-monthly double, over 7/30/60/90 days and a 45-day window", () => {
    // A: 1 unit on days 5, 35, 65; B: 2 units on days 20, 80.
    const tally = tallyDemand([sub("a", 5, 30), sub("b", 20, 60, 2)], now, 45)
    expect(tally.units_needed).toEqual({
      next_7_days: 1, // A day 5
      next_30_days: 3, // + B day 20
      next_60_days: 4, // + A day 35
      next_90_days: 7, // + A day 65, B day 80
      in_window: 4, // days 5, 20, 35
    })
    expect(tally.deliveries.map((d) => [d.subscription_id, Math.round((d.at - now.getTime()) / 86_400_000)])).toEqual([
      ["a", 5],
      ["b", 20],
      ["a", 35],
    ])
  })

  it("puts each delivery in its week of the chart: week one is now to day 7, an overdue one is due now", () => {
    const tally = tallyDemand([sub("late", -3, 30, 2), sub("weekly", 7, 7)], now, 91)
    // late: now (week 1), day 27 (week 4), day 57 (week 9), day 87 (week 13). weekly: days 7, 14, …, 91.
    expect(tally.units_per_week).toEqual([3, 1, 1, 3, 1, 1, 1, 1, 3, 1, 1, 1, 3])
  })

  it("charts only the chosen window: a 30-day window has 5 weeks, the last one two days long", () => {
    const tally = tallyDemand([sub("late", -3, 30, 2), sub("weekly", 7, 7)], now, 30)
    // late: now (week 1), day 27 (week 4). weekly: days 7, 14, 21, 28; day 35 is past the window.
    expect(tally.units_per_week).toEqual([3, 1, 1, 3, 0])
    expect(tallyDemand([sub("a", 6, 30)], now, 7).units_per_week).toEqual([1])
    expect(tallyDemand([sub("a", 8, 30)], now, 7).units_per_week).toEqual([0])
    expect(tallyDemand([], now, 365).units_per_week).toHaveLength(53)
  })

  it("counts past-due subscriptions and remembers which ones found no stock", () => {
    const tally = tallyDemand(
      [
        sub("paid", 3, 30),
        sub("card", -2, 30, 1, { status: "past_due" }),
        sub("empty", -1, 30, 1, { status: "past_due", stock_failure: true }),
      ],
      now,
      30
    )
    expect([tally.subscriptions, tally.past_due_subscriptions, tally.stock_failures]).toEqual([3, 2, ["empty"]])
    expect(tally.units_needed.next_7_days).toBe(3)
  })
})

describe("who stock will not serve", () => {
  it("serves deliveries earliest first, and everyone after the last unit is at risk", () => {
    const deliveries = [
      { at: 3, quantity: 2, subscription_id: "c" },
      { at: 1, quantity: 2, subscription_id: "a" },
      { at: 2, quantity: 2, subscription_id: "b" },
    ]
    expect([...subscriptionsAtRisk(deliveries, 3, [])]).toEqual(["b", "c"])
    expect([...subscriptionsAtRisk(deliveries, 6, [])]).toEqual([])
    expect([...subscriptionsAtRisk(deliveries, 6, ["z"])]).toEqual(["z"])
  })
})

describe("the stock outlook", () => {
  it("10 available against 6 units in 30 days: 0.2 a day, 50 days of cover, running out on day 50", () => {
    const tally = tallyDemand([sub("a", 1, 10, 2)], now, 30) // days 1, 11, 21 → 6 units
    const outlook = stockOutlook(tally, 10, now, 30)
    expect(outlook).toMatchObject({ daily_demand: 0.2, days_of_cover: 50, short_by: 0, at_risk_subscriptions: 0 })
    expect(outlook.run_out_date).toEqual(inDays(50))
  })

  it("short stock puts the late subscribers at risk and says by how much", () => {
    const tally = tallyDemand([sub("a", 1, 30, 3), sub("b", 2, 30, 3)], now, 30)
    expect(stockOutlook(tally, 4, now, 30)).toMatchObject({ short_by: 2, at_risk_subscriptions: 1 })
  })

  it("one-time sales at their recent rate add to the pace, the cover and the shortfall, beside subscription demand", () => {
    const tally = tallyDemand([sub("a", 1, 10, 2)], now, 30) // 6 units in 30 days: 0.2 a day
    const outlook = stockOutlook(tally, 10, now, 30, oneTimeDailyRate(9)) // 9 sold in 30 days: 0.3 a day
    expect(outlook).toMatchObject({ subscription_daily_demand: 0.2, one_time_daily_demand: 0.3, one_time_in_window: 9, days_of_cover: 20 })
    expect(outlook.daily_demand).toBeCloseTo(0.5)
    expect(outlook.short_by).toBe(5) // 6 + 9 needed, 10 available
    expect(outlook.at_risk_subscriptions).toBe(0) // the subscription's 6 units are there
    expect(outlook.run_out_date).toEqual(inDays(20))
  })

  it("one-time sales alone give a variant a run-out date", () => {
    const outlook = stockOutlook(tallyDemand([], now, 30), 4, now, 30, oneTimeDailyRate(3))
    expect(outlook).toMatchObject({ subscription_daily_demand: 0, days_of_cover: 40, one_time_in_window: 3, short_by: 0 })
    expect(outlook.run_out_date).toEqual(inDays(40))
  })

  it("a negative or impossible one-time rate is refused", () => {
    expect(() => oneTimeDailyRate(-1)).toThrow(RangeError)
    expect(() => oneTimeDailyRate(3, 0)).toThrow(RangeError)
    expect(() => stockOutlook(tallyDemand([], now, 30), 4, now, 30, Number.NaN)).toThrow(RangeError)
  })

  it("no demand means no run-out date and no cover figure", () => {
    expect(stockOutlook(tallyDemand([], now, 30), 10, now, 30)).toMatchObject({ daily_demand: 0, run_out_date: null, days_of_cover: null })
  })
})
