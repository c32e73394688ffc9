import { z } from "@medusajs/framework/zod"
import { CANCEL_REASONS } from "../lib/subscriptions/subscription-rules"

/** Building blocks of the portal's and the admin's subscription schemas. */

export const SUBSCRIPTION_STATUSES = ["active", "paused", "past_due", "cancelled"] as const

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/

/** True for a real calendar day: 2026-02-31 would otherwise roll over into March. */
function isCalendarDate(value: string): boolean {
  const day = ISO_DATE.exec(value)?.[1]
  if (!day || Number.isNaN(Date.parse(value))) return false
  return new Date(`${day}T00:00:00Z`).toISOString().startsWith(day)
}

/** "2026-12-01" (midnight UTC) or "2026-12-01T09:00:00Z" as a Date. */
export const isoDate = z
  .string()
  .refine(isCalendarDate, { message: "must be an ISO 8601 date such as 2026-12-01 or 2026-12-01T09:00:00Z" })
  .transform((value) => new Date(value))

/** Like isoDate, but a bare day means the end of that day, so "to 2026-12-31" includes the 31st. */
export const isoDateUpTo = z
  .string()
  .refine(isCalendarDate, { message: "must be an ISO 8601 date such as 2026-12-31 or 2026-12-31T23:59:59Z" })
  .transform((value) => (value.length === 10 ? new Date(`${value}T23:59:59.999Z`) : new Date(value)))

export const pageLimit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback)
export const pageOffset = z.coerce.number().int().min(0).default(0)

/** How a cancellation is explained, by the customer or by an admin on their behalf. */
export const cancellation = {
  reason: z.enum(CANCEL_REASONS),
  comment: z.string().trim().max(500).optional(),
}

export const noBody = z.object({}).strict()
