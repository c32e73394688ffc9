import { describe, expect, it } from "vitest"
import { DEFAULT_RETRY_SCHEDULE_DAYS, isReminderDue, nextRetry, renewalPeriodKey } from "./renewal"

const at = (iso: string) => new Date(iso)

describe("renewal payment retries", () => {
  const failedAt = at("2026-12-01T06:00:00Z")

  it("retries a day after the first failure, then three, then seven days later", () => {
    expect(DEFAULT_RETRY_SCHEDULE_DAYS).toEqual([1, 3, 7])
    expect(nextRetry(1, failedAt)).toEqual(at("2026-12-02T06:00:00Z"))
    expect(nextRetry(2, at("2026-12-02T06:00:00Z"))).toEqual(at("2026-12-05T06:00:00Z"))
    expect(nextRetry(3, at("2026-12-05T06:00:00Z"))).toEqual(at("2026-12-12T06:00:00Z"))
  })

  it("gives up after the fourth failure so the subscription can be paused", () => {
    expect(nextRetry(4, failedAt)).toBeNull()
    expect(nextRetry(9, failedAt)).toBeNull()
  })

  it("follows a shop's own schedule", () => {
    expect(nextRetry(1, failedAt, [2])).toEqual(at("2026-12-03T06:00:00Z"))
    expect(nextRetry(2, failedAt, [2])).toBeNull()
    expect(nextRetry(1, failedAt, [])).toBeNull()
  })

  it("needs at least one failure to schedule a retry", () => {
    expect(() => nextRetry(0, failedAt)).toThrow(RangeError)
  })
})

describe("renewal period keys", () => {
  it("two workers renewing the same delivery get the same key", () => {
    expect(renewalPeriodKey("sub_123", at("2026-12-01T00:00:00Z"))).toBe("sub_123:2026-12-01")
    expect(renewalPeriodKey("sub_123", at("2026-12-01T23:59:00Z"))).toBe("sub_123:2026-12-01")
  })

  it("the next period gets a new key", () => {
    expect(renewalPeriodKey("sub_123", at("2026-12-31T00:00:00Z"))).not.toBe(renewalPeriodKey("sub_123", at("2026-12-01T00:00:00Z")))
  })

  it("refuses an empty subscription id", () => {
    expect(() => renewalPeriodKey(" ", at("2026-12-01T00:00:00Z"))).toThrow(RangeError)
  })
})

describe("delivery reminders", () => {
  const delivery = at("2026-12-10T08:00:00Z")

  it("is not sent earlier than the reminder window", () => {
    expect(isReminderDue(delivery, at("2026-12-06T07:59:00Z"), 4, null)).toBe(false)
  })

  it("is sent once the delivery is within the window", () => {
    expect(isReminderDue(delivery, at("2026-12-06T08:00:00Z"), 4, null)).toBe(true)
    expect(isReminderDue(delivery, at("2026-12-09T20:00:00Z"), 4, null)).toBe(true)
  })

  it("is sent only once per delivery", () => {
    expect(isReminderDue(delivery, at("2026-12-08T08:00:00Z"), 4, delivery)).toBe(false)
  })

  it("a reminder for last month's delivery does not stop this month's", () => {
    expect(isReminderDue(delivery, at("2026-12-08T08:00:00Z"), 4, at("2026-11-10T08:00:00Z"))).toBe(true)
  })

  it("a customer who moves the delivery gets a reminder for the new date", () => {
    const moved = at("2026-12-20T08:00:00Z")
    expect(isReminderDue(moved, at("2026-12-17T08:00:00Z"), 4, delivery)).toBe(true)
  })

  it("is not sent once the delivery is due", () => {
    expect(isReminderDue(delivery, delivery, 4, null)).toBe(false)
  })
})
