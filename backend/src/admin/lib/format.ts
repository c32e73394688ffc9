/** Formatting shared by the admin's subscription and inventory screens. */

/** Dates as the shop plans them: UTC calendar days, e.g. "Dec 1, 2026". */
export function formatDay(value: string | null | undefined): string {
  if (!value) return "—"
  return new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(value))
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : "Something went wrong"
}
