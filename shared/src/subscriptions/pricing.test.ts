import { describe, expect, it } from "vitest"
import { lineSavings, subscriptionPrice } from "./pricing"

describe("subscribe-and-save price", () => {
  it.each([
    [29.99, 15, 25.49],
    [19.99, 15, 16.99],
    [34.5, 15, 29.33], // 29.325 rounds half-up
    [10, 15, 8.5],
    [49, 10, 44.1],
    [4.35, 10, 3.92], // 3.915: float maths would give 3.91
    [1.01, 50, 0.51], // 0.505: float maths would give 0.5
    [1.005, 0, 1.01], // 1.005 as typed, not the binary 1.00499…
    [2.675, 0, 2.68],
    [0.05, 50, 0.03],
    [0.01, 15, 0.01],
    [0.03, 15, 0.03],
    [39.95, 12.5, 34.96], // 34.95625
    [59.99, 20, 47.99], // 47.992
    [100, 33.333, 66.67],
    [1234567.89, 15, 1049382.71], // 1049382.7065
    [24.99, 100, 0],
    [0, 15, 0],
  ])("%d at %d%% off costs %d", (unitPrice, discount, expected) => {
    expect(subscriptionPrice(unitPrice, discount)).toBe(expected)
  })

  it("never drifts: every price from 0.01 to 100.00 at 15% matches integer-cent maths", () => {
    for (let cents = 1; cents <= 10_000; cents++) {
      const unitPrice = cents / 100
      const expected = Math.floor((cents * 85 * 2 + 100) / 200) / 100 // half-up on cents × 0.85
      expect(subscriptionPrice(unitPrice, 15)).toBe(expected)
    }
  })

  it("refuses a negative price or a discount outside 0–100%", () => {
    expect(() => subscriptionPrice(-1, 15)).toThrow(RangeError)
    expect(() => subscriptionPrice(10, -5)).toThrow(/between 0 and 100/)
    expect(() => subscriptionPrice(10, 101)).toThrow(RangeError)
    expect(() => subscriptionPrice(Number.NaN, 15)).toThrow(/finite/)
  })
})

describe("line savings", () => {
  it("two 29.99 bottles at 15% off save 9.00", () => {
    expect(lineSavings(29.99, 15, 2)).toBe(9)
  })

  it("one bottle saves the difference between the prices", () => {
    expect(lineSavings(29.99, 15, 1)).toBe(4.5)
    expect(lineSavings(19.99, 15, 3)).toBe(9)
    expect(lineSavings(4.35, 10, 1)).toBe(0.43)
  })

  it("saves nothing without a discount or without items", () => {
    expect(lineSavings(29.99, 0, 4)).toBe(0)
    expect(lineSavings(29.99, 15, 0)).toBe(0)
  })

  it("refuses a fractional or negative quantity", () => {
    expect(() => lineSavings(29.99, 15, 1.5)).toThrow(RangeError)
    expect(() => lineSavings(29.99, 15, -1)).toThrow(RangeError)
  })
})
