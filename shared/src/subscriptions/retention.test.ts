import { describe, expect, it } from "vitest"
import { renewalUnitPrice } from "./pricing"
import { longerInterval, retentionAlternatives, retentionDiscountProblem, type RetentionContext } from "./retention"

const ctx: RetentionContext = {
  interval_days: 30,
  offered_interval_days: [30, 60, 90],
  can_skip: true,
  can_pause: true,
  retention_discount_percent: 20,
  retention_offer_used: false,
}

describe("alternatives offered before a cancellation", () => {
  it("meets a price worry with the discount first", () => {
    expect(retentionAlternatives("too_expensive", ctx)).toEqual(["discount", "longer_interval", "skip"])
  })

  it("offers a break to someone with too much at home", () => {
    expect(retentionAlternatives("not_needed", ctx)).toEqual(["skip", "pause", "longer_interval"])
  })

  it("offers nothing to someone the product did not agree with", () => {
    expect(retentionAlternatives("side_effects", ctx)).toEqual([])
  })

  it("leaves out what the subscription cannot do", () => {
    const paused = { ...ctx, can_skip: false, can_pause: false, interval_days: 90, retention_discount_percent: 0 }
    expect(retentionAlternatives("other", paused)).toEqual([])
    expect(retentionAlternatives("too_expensive", { ...ctx, retention_offer_used: true })).toEqual(["longer_interval", "skip"])
  })

  it("finds the longest interval beyond the current one", () => {
    expect(longerInterval(30, [30, 60, 90])).toBe(90)
    expect(longerInterval(90, [30, 60, 90])).toBeNull()
  })
})

describe("retention discount", () => {
  it("comes off the subscribe-and-save price, once rounded to cents", () => {
    expect(renewalUnitPrice(29.99, 15, null)).toBe(25.49)
    expect(renewalUnitPrice(29.99, 15, 20)).toBe(20.39) // 25.49 × 0.8 = 20.392
    expect(renewalUnitPrice(10, 0, 50)).toBe(5)
  })

  it("accepts 0–50 % from an admin", () => {
    expect(retentionDiscountProblem(0)).toBeNull()
    expect(retentionDiscountProblem(50)).toBeNull()
    expect(retentionDiscountProblem(12.5)).toBeNull()
    expect(retentionDiscountProblem(51)).toMatch(/between 0 and 50/)
    expect(retentionDiscountProblem(-1)).toMatch(/between 0 and 50/)
    expect(retentionDiscountProblem("10")).toMatch(/number/)
  })
})
