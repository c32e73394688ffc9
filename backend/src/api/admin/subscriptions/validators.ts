import { z } from "@medusajs/framework/zod"
import { SUBSCRIPTION_QUANTITY } from "@biome/shared"
import { cancellation, isoDate, isoDateUpTo, noBody, pageLimit, pageOffset, SUBSCRIPTION_STATUSES } from "../../subscription-validators"

const ORDERABLE = ["created_at", "updated_at", "next_delivery_at", "status", "quantity"] as const
const ORDERS = ORDERABLE.flatMap((field) => [field, `-${field}`] as const)

/** "active", "active,paused" or status=active&status=paused. */
const statuses = z.preprocess(
  (value) => (typeof value === "string" ? value.split(",") : value),
  z.array(z.enum(SUBSCRIPTION_STATUSES)).min(1)
)

export const AdminListSubscriptions = z
  .object({
    status: statuses.optional(),
    customer_id: z.string().min(1).optional(),
    product_id: z.string().min(1).optional(),
    variant_id: z.string().min(1).optional(),
    next_delivery_from: isoDate.optional(),
    next_delivery_to: isoDateUpTo.optional(),
    /** Part of the customer's email. */
    q: z.string().trim().min(1).max(200).optional(),
    limit: pageLimit(100, 20),
    offset: pageOffset,
    order: z.enum(ORDERS as [string, ...string[]]).default("-created_at"),
  })
  .strict()
export type AdminListSubscriptionsType = z.infer<typeof AdminListSubscriptions>

export const AdminGetSubscription = z.object({}).strict()

/** A page of a subscription's activity timeline (newest first). */
export const AdminListSubscriptionActivity = z.object({ limit: pageLimit(100, 20), offset: pageOffset }).strict()
export type AdminListSubscriptionActivityType = z.infer<typeof AdminListSubscriptionActivity>

export const AdminPauseSubscription = z
  .object({ until: isoDate.nullable().optional(), reason: z.string().trim().min(1).max(200).optional() })
  .strict()
export type AdminPauseSubscriptionType = z.infer<typeof AdminPauseSubscription>

export const AdminResumeSubscription = noBody
export const AdminRenewSubscription = noBody

export const AdminCancelSubscription = z.object(cancellation).strict()
export type AdminCancelSubscriptionType = z.infer<typeof AdminCancelSubscription>

export const AdminGetRenewalPolicy = z.object({}).strict()

/** The shop's renewal policy; any part of it, at least one. */
export const AdminSaveRenewalPolicy = z
  .object({
    retry_schedule_days: z
      .array(z.number().int().min(1).max(30))
      .min(1)
      .max(5)
      .refine((days) => days.every((d, i) => i === 0 || d > days[i - 1]!), {
        message: "retry_schedule_days must be in ascending order, each wait longer than the one before",
      })
      .optional(),
    after_final_failure: z.enum(["pause", "cancel"]).optional(),
    reminder_days_before: z.number().int().min(0).max(14).optional(),
  })
  .strict()
  .refine((body) => Object.values(body).some((v) => v !== undefined), {
    message: "Say what to change: retry_schedule_days, after_final_failure or reminder_days_before",
  })
export type AdminSaveRenewalPolicyType = z.infer<typeof AdminSaveRenewalPolicy>

/** What an admin may change for the customer: the portal's bounds, checked again by the change workflow. */
export const AdminChangeSubscription = z
  .object({
    interval_days: z.number().int().positive().optional(),
    quantity: z
      .number()
      .int()
      .min(SUBSCRIPTION_QUANTITY.min, `quantity must be at least ${SUBSCRIPTION_QUANTITY.min}`)
      .max(SUBSCRIPTION_QUANTITY.max, `quantity can be at most ${SUBSCRIPTION_QUANTITY.max}`)
      .optional(),
    next_delivery_at: isoDate.optional(),
  })
  .strict()
  .refine((body) => Object.values(body).some((v) => v !== undefined), {
    message: "Say what to change: interval_days, quantity or next_delivery_at",
  })
export type AdminChangeSubscriptionType = z.infer<typeof AdminChangeSubscription>

const line = (name: string, max = 200) =>
  z
    .string({ error: `${name} is required` })
    .trim()
    .min(1, `${name} is required`)
    .max(max)
const optionalLine = (max = 200) => z.string().trim().max(max).optional()

/** The address future deliveries go to; the country must be one the subscription's region ships to. */
export const AdminChangeSubscriptionAddress = z
  .object({
    first_name: line("first_name", 100),
    last_name: line("last_name", 100),
    company: optionalLine(),
    address_1: line("address_1"),
    address_2: optionalLine(),
    city: line("city", 100),
    province: optionalLine(100),
    postal_code: line("postal_code", 20),
    country_code: z
      .string({ error: "country_code is required" })
      .trim()
      .regex(/^[A-Za-z]{2}$/, "country_code must be a two-letter country code such as us")
      .transform((c) => c.toLowerCase()),
    phone: optionalLine(40),
  })
  .strict()
export type AdminChangeSubscriptionAddressType = z.infer<typeof AdminChangeSubscriptionAddress>
