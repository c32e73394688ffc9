export { errorMessage, formatDay } from "../format"
import type { VariantForecast } from "./types"

export const WINDOW_CHOICES = [7, 14, 30, 60, 90, 180, 365] as const

export function formatCover(days: number | null): string {
  return days === null ? "No demand" : `${days} days`
}

/** How urgent a variant is, for the badge next to it. Nothing available is never "Covered". */
export function shortage(variant: Pick<VariantForecast, "available" | "short_by" | "below_threshold" | "at_risk_subscriptions">): {
  label: string
  color: "red" | "orange" | "green"
} {
  if (variant.short_by > 0) return { label: `Short by ${variant.short_by}`, color: "red" }
  if (variant.available <= 0) return { label: "Out of stock", color: "red" }
  if (variant.below_threshold) return { label: "Low stock", color: "orange" }
  if (variant.at_risk_subscriptions > 0) return { label: "At risk", color: "orange" }
  return { label: "Covered", color: "green" }
}

/** Subscription units due per week across the given variants, for the chart (every variant has the window's weeks). */
export function weeklyTotals(variants: Pick<VariantForecast, "units_per_week">[]): number[] {
  const totals = new Array<number>(Math.max(0, ...variants.map((v) => v.units_per_week.length))).fill(0)
  for (const v of variants) {
    v.units_per_week.forEach((units, week) => {
      totals[week] = (totals[week] ?? 0) + units
    })
  }
  return totals
}

/**
 * One-time units expected per week of a `days` window at `perDay`, to stack on the chart's subscription bars; the
 * last week counts only the days left in the window. Rounded to one decimal, as the rate is an average.
 */
export function oneTimeWeekly(perDay: number, days: number): number[] {
  return Array.from({ length: Math.ceil(days / 7) }, (_, week) => Math.round(perDay * Math.min(7, days - week * 7) * 10) / 10)
}

/**
 * The forecast table's headings, in column order; each says what its column counts, so no two read alike
 * whichever window is chosen (the window's own column is named as the window, not by its length alone).
 */
export function forecastColumns(days: number) {
  return [
    "Variant",
    "Available",
    "Due in 7 days",
    "Due in 30 days",
    "Due in 60 days",
    "Due in 90 days",
    `Due in window (${days} days)`,
    "Subscription units a day",
    "One-time units a day",
    "Cover",
    "Runs out",
    "Subscribers at risk",
    "Status",
  ] as const
}
