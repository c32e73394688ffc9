/** Days of cover and the low-stock threshold: when admins hear that a variant is running short. */

/** Admins are told when a variant has fewer days of cover than this, unless they set their own threshold. */
export const DEFAULT_LOW_STOCK_THRESHOLD_DAYS = 14

/** Days the available units last at a daily demand; null when nothing is in demand, 0 when nothing is left. */
export function daysOfCover(available: number, dailyDemand: number): number | null {
  if (!Number.isFinite(available) || !Number.isFinite(dailyDemand)) throw new RangeError("available and dailyDemand must be finite numbers")
  if (dailyDemand <= 0) return null
  return Math.max(0, available) / dailyDemand
}

/** Under the threshold means strictly fewer days of cover; a variant nobody needs is never short. */
export function isBelowThreshold(daysOfCover: number | null, thresholdDays: number): boolean {
  return daysOfCover !== null && daysOfCover < thresholdDays
}

export type LowStockCrossing = "alert" | "clear" | "unchanged"

/**
 * One alert per crossing: going under with no open alert raises one, going back over closes it, and anything
 * else (still under, still over) changes nothing.
 */
export function lowStockCrossing(daysOfCover: number | null, thresholdDays: number, alertOpen: boolean): LowStockCrossing {
  const below = isBelowThreshold(daysOfCover, thresholdDays)
  if (below && !alertOpen) return "alert"
  if (!below && alertOpen) return "clear"
  return "unchanged"
}
