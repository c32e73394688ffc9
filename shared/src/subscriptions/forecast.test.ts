import { describe, expect, it } from "vitest"
import { deliveriesWithin, runOutDate, unitsDueWithin } from "./forecast"

const at = (iso: string) => new Date(iso)
const now = at("2026-06-01T12:00:00Z")

describe("deliveries within a horizon", () => {
  it("a monthly subscription due in 10 days delivers twice in the next 60 days", () => {
    expect(deliveriesWithin(at("2026-06-11T12:00:00Z"), 30, now, 60)).toEqual([at("2026-06-11T12:00:00Z"), at("2026-07-11T12:00:00Z")])
  })

  it("counts a delivery that falls exactly on the horizon", () => {
    expect(deliveriesWithin(at("2026-07-01T12:00:00Z"), 30, now, 30)).toEqual([at("2026-07-01T12:00:00Z")])
  })

  it("a 90-day subscription due after the horizon delivers nothing within it", () => {
    expect(deliveriesWithin(at("2026-08-15T12:00:00Z"), 90, now, 30)).toEqual([])
  })

  it("an overdue delivery counts once, as due now, and the rhythm continues", () => {
    expect(deliveriesWithin(at("2026-05-01T12:00:00Z"), 30, now, 30)).toEqual([now, at("2026-06-30T12:00:00Z")])
  })

  it("a long-overdue delivery still counts only once", () => {
    const dates = deliveriesWithin(at("2026-01-01T12:00:00Z"), 30, now, 0)
    expect(dates).toEqual([now])
  })
})

describe("units due", () => {
  it("a customer taking two bottles a month needs four in the next 45 days", () => {
    const sub = { next_delivery_at: at("2026-06-05T00:00:00Z"), interval_days: 30, quantity: 2 }
    expect(unitsDueWithin(sub, now, 45)).toBe(4)
  })

  it("the 30/60/90-day view grows with the horizon", () => {
    const sub = { next_delivery_at: at("2026-06-20T00:00:00Z"), interval_days: 30, quantity: 1 }
    expect([30, 60, 90].map((h) => unitsDueWithin(sub, now, h))).toEqual([1, 2, 3])
  })

  it("refuses a fractional quantity", () => {
    expect(() => unitsDueWithin({ next_delivery_at: now, interval_days: 30, quantity: 0.5 }, now, 30)).toThrow(RangeError)
  })
})

describe("run-out date", () => {
  it("45 bottles at 1.5 a day last 30 days", () => {
    expect(runOutDate(45, 1.5, now)).toEqual(at("2026-07-01T12:00:00Z"))
  })

  it("the last bottle of 10 at 3 a day goes on day 4", () => {
    expect(runOutDate(10, 3, now)).toEqual(at("2026-06-05T12:00:00Z"))
  })

  it("fractional demand does not shift the day through float error", () => {
    expect(runOutDate(0.7, 0.1, now)).toEqual(at("2026-06-08T12:00:00Z"))
  })

  it("stock that nobody needs never runs out", () => {
    expect(runOutDate(100, 0, now)).toBeNull()
  })

  it("an empty shelf has already run out", () => {
    expect(runOutDate(0, 2, now)).toEqual(now)
  })
})
