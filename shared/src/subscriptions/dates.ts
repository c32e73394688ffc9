/** Delivery date maths for subscriptions. All dates are instants; days are UTC days. */

export const DAY_MS = 86_400_000

/** However short the interval, a customer may move the next delivery up to 90 days out. */
export const MIN_RESCHEDULE_WINDOW_DAYS = 90

export function assertValidDate(date: Date, what: string): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new RangeError(`${what} is not a valid date`)
}

export function assertWholeDays(days: number, what: string, min: number): void {
  if (!Number.isInteger(days) || days < min) throw new RangeError(`${what} must be a whole number of days, at least ${min}, got ${days}`)
}

/** `date` plus whole days; UTC has no daylight-saving jumps, so a day is always 24 hours. */
export function addDays(date: Date, days: number): Date {
  assertValidDate(date, "date")
  assertWholeDays(days, "days", Number.MIN_SAFE_INTEGER)
  return new Date(date.getTime() + days * DAY_MS)
}

export function startOfUtcDay(date: Date): Date {
  assertValidDate(date, "date")
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))
}

/** "2026-12-01": the UTC calendar day of an instant. */
export function utcDateKey(date: Date): string {
  assertValidDate(date, "date")
  return date.toISOString().slice(0, 10)
}

/** "December 1, 2026", for messages to customers: the UTC day, so the server and the browser print the same; "" for no date. */
export function formatDeliveryDate(value: Date | string): string {
  const date = typeof value === "string" ? new Date(value) : value
  if (Number.isNaN(date.getTime())) return ""
  return new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(date)
}

/** The delivery after `current`: one interval later, keeping the subscription's rhythm. */
export function nextDeliveryAfter(current: Date, intervalDays: number): Date {
  assertWholeDays(intervalDays, "intervalDays", 1)
  return addDays(current, intervalDays)
}

/** The first renewal after checkout: the order placed now is delivery one, the next comes an interval later. */
export function firstDeliveryDate(orderPlacedAt: Date, intervalDays: number): Date {
  return nextDeliveryAfter(orderPlacedAt, intervalDays)
}

/**
 * The dates a customer may move the next delivery to: from the start of tomorrow (UTC), so the change
 * cannot race today's renewal run, to the end of the day max(2 × interval, 90) days from now, enough
 * to push a delivery back by up to two intervals; longer breaks are what pausing is for.
 */
export function nextDateBounds(now: Date, intervalDays: number): { earliest: Date; latest: Date } {
  assertWholeDays(intervalDays, "intervalDays", 1)
  const today = startOfUtcDay(now)
  const windowDays = Math.max(intervalDays * 2, MIN_RESCHEDULE_WINDOW_DAYS)
  return { earliest: addDays(today, 1), latest: new Date(addDays(today, windowDays + 1).getTime() - 1) }
}

export type DateCheck = { ok: true } | { ok: false; reason: string }

/** Whether a customer may move the next delivery to `candidate`, with a message when not. */
export function validateNextDate(candidate: Date, now: Date, intervalDays: number): DateCheck {
  if (!(candidate instanceof Date) || Number.isNaN(candidate.getTime())) {
    return { ok: false, reason: "Please choose a valid date for your next delivery." }
  }
  const { earliest, latest } = nextDateBounds(now, intervalDays)
  if (candidate < earliest) {
    return { ok: false, reason: `Your next delivery can be moved to ${formatDeliveryDate(earliest)} at the earliest.` }
  }
  if (candidate > latest) {
    return {
      ok: false,
      reason: `Your next delivery can be moved to ${formatDeliveryDate(latest)} at the latest. To take a longer break, pause your subscription instead.`,
    }
  }
  return { ok: true }
}
