import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { priceNextDelivery } from "@/queries/subscriptions/subscription-views"

/** MRR counts each active subscription's delivery price × quantity, spread over a 30-day month. */
export const MRR_MONTH_DAYS = 30

/** The first instant of the current calendar month on the store's clock (UTC, like every date the shop stores). */
export const startOfUtcMonth = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1))

/**
 * GET /admin/subscriptions/summary: active subscriptions, monthly recurring revenue per currency (each active
 * subscription's current next-delivery total × 30 / its interval in days), and subscriptions started and
 * cancelled since the first of this month (UTC).
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const now = new Date()
  const monthStart = startOfUtcMonth(now)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // Whatever priceNextDelivery reads: the stored discount and an accepted retention discount price the delivery.
  const fields = [
    "id",
    "status",
    "variant_id",
    "interval_days",
    "region_id",
    "currency_code",
    "customer_id",
    "quantity",
    "discount_percent",
    "retention_discount_percent",
  ]
  const { data: active } = await query.graph({ entity: "subscription", fields, filters: { status: "active" } })
  const { metadata: started } = await query.graph({
    entity: "subscription",
    fields: ["id"],
    filters: { created_at: { $gte: monthStart } },
    pagination: { skip: 0, take: 1 },
  })
  const { metadata: cancelled } = await query.graph({
    entity: "subscription",
    fields: ["id"],
    filters: { status: "cancelled", cancelled_at: { $gte: monthStart } },
    pagination: { skip: 0, take: 1 },
  })
  const revenue = new Map<string, number>()
  // biome-ignore lint/suspicious/noExplicitAny: a query.graph row, as priceNextDelivery reads it
  for (const sub of active as Record<string, any>[]) {
    const price = await priceNextDelivery(req.scope, sub)
    if (!price) continue
    const monthly = (price.total * MRR_MONTH_DAYS) / sub.interval_days
    revenue.set(sub.currency_code, (revenue.get(sub.currency_code) ?? 0) + monthly)
  }
  res.json({
    summary: {
      month_start: monthStart.toISOString(),
      active_count: active.length,
      monthly_recurring_revenue: [...revenue].map(([currency_code, amount]) => ({ currency_code, amount: Math.round(amount * 100) / 100 })),
      new_this_month: (started as { count?: number } | undefined)?.count ?? 0,
      cancelled_this_month: (cancelled as { count?: number } | undefined)?.count ?? 0,
    },
  })
}
