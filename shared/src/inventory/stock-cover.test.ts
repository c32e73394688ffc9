import { describe, expect, it } from "vitest"
import { daysOfCover, isBelowThreshold, lowStockCrossing } from "./stock-cover"

describe("days of cover", () => {
  it("is stock divided by the daily pace, none left is zero, no demand is no figure", () => {
    expect(daysOfCover(30, 2)).toBe(15)
    expect(daysOfCover(-3, 2)).toBe(0)
    expect(daysOfCover(30, 0)).toBeNull()
  })
})

describe("low-stock crossings", () => {
  it("going under the threshold raises one alert; staying under raises no other", () => {
    expect(lowStockCrossing(10, 14, false)).toBe("alert")
    expect(lowStockCrossing(9, 14, true)).toBe("unchanged")
  })

  it("going back over closes the alert, so the next fall alerts again", () => {
    expect(lowStockCrossing(20, 14, true)).toBe("clear")
    expect(lowStockCrossing(20, 14, false)).toBe("unchanged")
    expect(lowStockCrossing(13.9, 14, false)).toBe("alert")
  })

  it("exactly at the threshold is not under it, and a variant nobody needs never is", () => {
    expect(isBelowThreshold(14, 14)).toBe(false)
    expect(isBelowThreshold(null, 14)).toBe(false)
  })
})
