import { describe, expect, it } from "@jest/globals"
import { forecastColumns, oneTimeWeekly, shortage, WINDOW_CHOICES, weeklyTotals } from "../format"

const variant = { available: 10, short_by: 0, below_threshold: false, at_risk_subscriptions: 0 }

describe("the forecast's badge", () => {
  it("a variant with nothing available is never Covered, even when nobody needs it", () => {
    expect(shortage({ ...variant, available: 0 })).toEqual({ label: "Out of stock", color: "red" })
    expect(shortage({ ...variant, available: -2 })).toEqual({ label: "Out of stock", color: "red" })
    expect(shortage({ ...variant, available: 0, short_by: 3 })).toEqual({ label: "Short by 3", color: "red" })
  })

  it("stock that lasts the window is Covered; low cover and subscribers at risk are not", () => {
    expect(shortage(variant)).toEqual({ label: "Covered", color: "green" })
    expect(shortage({ ...variant, below_threshold: true }).label).toBe("Low stock")
    expect(shortage({ ...variant, at_risk_subscriptions: 1 }).label).toBe("At risk")
  })
})

describe("the forecast table's headings", () => {
  it.each(WINDOW_CHOICES)("no two headings read alike with a %i-day window", (days) => {
    const headings = forecastColumns(days)
    expect(new Set(headings).size).toBe(headings.length)
  })
})

describe("the chart's weeks", () => {
  it("adds variants week by week over the window's weeks", () => {
    expect(weeklyTotals([{ units_per_week: [1, 0, 2] }, { units_per_week: [0, 3, 1] }])).toEqual([1, 3, 3])
    expect(weeklyTotals([])).toEqual([])
  })

  it("spreads one-time sales at their daily rate over the window, the last week only as long as what is left", () => {
    expect(oneTimeWeekly(1, 30)).toEqual([7, 7, 7, 7, 2])
    expect(oneTimeWeekly(0.5, 7)).toEqual([3.5])
    expect(oneTimeWeekly(0, 14)).toEqual([0, 0])
  })
})
