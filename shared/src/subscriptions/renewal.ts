/** Renewal scheduling: payment retries, idempotency keys and delivery reminders. */
import { addDays, assertValidDate, assertWholeDays, DAY_MS, utcDateKey } from "./dates"

/** Days to wait after the 1st, 2nd and 3rd failed renewal payment before trying again. */
export const DEFAULT_RETRY_SCHEDULE_DAYS: readonly number[] = [1, 3, 7]

/**
 * When to retry a failed renewal payment, counting from the latest failure; null once the schedule is
 * used up, when the subscription should be paused and the customer told.
 */
export function nextRetry(
  failedAttempts: number,
  lastFailureAt: Date,
  schedule: readonly number[] = DEFAULT_RETRY_SCHEDULE_DAYS
): Date | null {
  assertWholeDays(failedAttempts, "failedAttempts", 1)
  assertValidDate(lastFailureAt, "lastFailureAt")
  const waitDays = schedule[failedAttempts - 1]
  return waitDays === undefined ? null : addDays(lastFailureAt, waitDays)
}

/** One key per subscription and delivery day, so two workers renewing the same period create one order. */
export function renewalPeriodKey(subscriptionId: string, scheduledFor: Date): string {
  if (subscriptionId.trim() === "") throw new RangeError("subscriptionId must not be empty")
  return `${subscriptionId}:${utcDateKey(scheduledFor)}`
}

/**
 * Whether to send the "your delivery is coming" reminder now: within `daysBefore` days of the delivery,
 * before it, and not yet sent for this delivery date (a moved delivery gets a fresh reminder).
 */
export function isReminderDue(nextDeliveryAt: Date, now: Date, daysBefore: number, lastReminderFor: Date | null): boolean {
  assertValidDate(nextDeliveryAt, "nextDeliveryAt")
  assertValidDate(now, "now")
  assertWholeDays(daysBefore, "daysBefore", 0)
  if (now.getTime() >= nextDeliveryAt.getTime()) return false
  if (now.getTime() < nextDeliveryAt.getTime() - daysBefore * DAY_MS) return false
  return lastReminderFor === null || utcDateKey(lastReminderFor) !== utcDateKey(nextDeliveryAt)
}
