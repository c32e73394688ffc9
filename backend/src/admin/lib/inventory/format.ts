export { errorMessage, formatDay } from "../format"
import type { VariantForecast } from "./types"

export const WINDOW_CHOICES = [7, 14, 30, 60, 90, 180, 365] as const

export function formatCover(days: number | null): string {
  return days === null ? "No demand" : `${days} days`
}

/** How urgent a variant is, for the badge next to it. */
export function shortage(variant: Pick<VariantForecast, "short_by" | "below_threshold" | "at_risk_subscriptions">): {
  label: string
  color: "red" | "orange" | "green"
} {
  if (variant.short_by > 0) return { label: `Short by ${variant.short_by}`, color: "red" }
  if (variant.below_threshold) return { label: "Low stock", color: "orange" }
  if (variant.at_risk_subscriptions > 0) return { label: "At risk", color: "orange" }
  return { label: "Covered", color: "green" }
}

/** Units due per week across the given variants, for the chart. */
export function weeklyTotals(variants: Pick<VariantForecast, "units_per_week">[]): number[] {
  const totals = new Array<number>(13).fill(0)
  for (const v of variants) v.units_per_week.forEach((units, week) => (totals[week] = (totals[week] ?? 0) + units))
  return totals
}
