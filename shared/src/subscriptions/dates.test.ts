import { describe, expect, it } from "vitest"
import { addDays, firstDeliveryDate, nextDateBounds, nextDeliveryAfter, startOfUtcDay, utcDateKey, validateNextDate } from "./dates"

const at = (iso: string) => new Date(iso)

describe("delivery dates", () => {
  it("adds whole UTC days, across month ends, leap days and US daylight-saving changes", () => {
    expect(addDays(at("2026-01-31T10:00:00Z"), 1)).toEqual(at("2026-02-01T10:00:00Z"))
    expect(addDays(at("2028-02-28T00:00:00Z"), 1)).toEqual(at("2028-02-29T00:00:00Z"))
    expect(addDays(at("2026-03-07T12:00:00Z"), 2)).toEqual(at("2026-03-09T12:00:00Z"))
    expect(addDays(at("2026-03-09T12:00:00Z"), -2)).toEqual(at("2026-03-07T12:00:00Z"))
  })

  it("does not change the date it is given", () => {
    const placed = at("2026-05-01T09:30:00Z")
    addDays(placed, 30)
    expect(placed).toEqual(at("2026-05-01T09:30:00Z"))
  })

  it("a subscription's first renewal comes one interval after checkout", () => {
    expect(firstDeliveryDate(at("2026-11-01T14:00:00Z"), 30)).toEqual(at("2026-12-01T14:00:00Z"))
  })

  it("skipping moves the next delivery by one interval", () => {
    expect(nextDeliveryAfter(at("2026-12-01T14:00:00Z"), 60)).toEqual(at("2027-01-30T14:00:00Z"))
  })

  it("refuses an interval that is not a whole number of days", () => {
    expect(() => nextDeliveryAfter(at("2026-12-01T00:00:00Z"), 0)).toThrow(RangeError)
    expect(() => nextDeliveryAfter(at("2026-12-01T00:00:00Z"), 1.5)).toThrow(RangeError)
    expect(() => addDays(new Date("nope"), 1)).toThrow(/not a valid date/)
  })

  it("names UTC calendar days", () => {
    expect(utcDateKey(at("2026-12-01T23:59:59Z"))).toBe("2026-12-01")
    expect(startOfUtcDay(at("2026-12-01T23:59:59Z"))).toEqual(at("2026-12-01T00:00:00Z"))
  })
})

describe("moving the next delivery", () => {
  const now = at("2026-06-10T15:00:00Z")

  it("a customer may pick any day from tomorrow to 90 days out on a 30-day plan", () => {
    expect(nextDateBounds(now, 30)).toEqual({
      earliest: at("2026-06-11T00:00:00.000Z"),
      latest: at("2026-09-08T23:59:59.999Z"),
    })
  })

  it("on a 90-day plan the window stretches to two intervals", () => {
    expect(nextDateBounds(now, 90).latest).toEqual(at("2026-12-07T23:59:59.999Z"))
  })

  it("tomorrow and the last day of the window are allowed", () => {
    expect(validateNextDate(at("2026-06-11T00:00:00Z"), now, 30)).toEqual({ ok: true })
    expect(validateNextDate(at("2026-09-08T20:00:00Z"), now, 30)).toEqual({ ok: true })
  })

  it("a customer cannot move the delivery to today", () => {
    const check = validateNextDate(at("2026-06-10T18:00:00Z"), now, 30)
    expect(check).toEqual({ ok: false, reason: "Your next delivery can be moved to June 11, 2026 at the earliest." })
  })

  it("a customer cannot move the delivery past the window, and is pointed to pausing", () => {
    const check = validateNextDate(at("2026-09-09T00:00:00Z"), now, 30)
    expect(check.ok).toBe(false)
    if (!check.ok) {
      expect(check.reason).toContain("September 8, 2026 at the latest")
      expect(check.reason).toContain("pause")
    }
  })

  it("an unreadable date gets a plain message", () => {
    expect(validateNextDate(new Date("31/02/2026"), now, 30)).toEqual({
      ok: false,
      reason: "Please choose a valid date for your next delivery.",
    })
  })
})
