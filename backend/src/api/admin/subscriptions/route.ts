import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listAdminSubscriptions, type SubscriptionOrder } from "@/queries/subscriptions/subscription-views"
import type { AdminListSubscriptionsType } from "./validators"
import { containsPattern } from "@/lib/like-pattern"

/** GET /admin/subscriptions: every subscription, filtered by status, customer, product, next date or email. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListSubscriptionsType>, res: MedusaResponse) => {
  const { limit, offset, order, ...criteria } = req.validatedQuery
  res.json(await listAdminSubscriptions(req.scope, { filters: subscriptionFilters(criteria), limit, offset, order: toOrder(order) }))
}

type Criteria = Omit<AdminListSubscriptionsType, "limit" | "offset" | "order">

function subscriptionFilters({ status, customer_id, product_id, variant_id, next_delivery_from, next_delivery_to, q }: Criteria) {
  return {
    ...(status ? { status } : {}),
    ...(customer_id ? { customer_id } : {}),
    ...(product_id ? { product_id } : {}),
    ...(variant_id ? { variant_id } : {}),
    ...(next_delivery_from || next_delivery_to
      ? {
          next_delivery_at: {
            ...(next_delivery_from ? { $gte: next_delivery_from } : {}),
            ...(next_delivery_to ? { $lte: next_delivery_to } : {}),
          },
        }
      : {}),
    // The search term is literal text: % and _ match themselves.
    ...(q ? { email: { $ilike: containsPattern(q) } } : {}),
  }
}

function toOrder(order: string): SubscriptionOrder {
  return order.startsWith("-") ? { [order.slice(1)]: "DESC" } : { [order]: "ASC" }
}
