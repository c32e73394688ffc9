import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { forecastSubscriptionDemand } from "@/queries/inventory/forecast/subscription-forecast"
import { assertStockTrackedVariant } from "@/workflows/inventory/steps/assert-stock-tracked-variant"
import type { AdminSubscriptionForecastType } from "../validators"

/**
 * GET /admin/inventory/subscription-forecast?days=N[&variant_id=]: for every stock-tracked variant, its stock
 * next to what active and past-due subscriptions will need in 7/30/60/90 and N days, the daily pace, the run-out
 * date and days of cover at that pace, and the subscriptions at risk; earliest run-out first.
 *
 * Demand attribution: a variant's figures set ALL its subscription demand against the stock of ALL its
 * locations, because Medusa reserves each renewal at whichever location of the subscription's sales channel has
 * stock. Each location row shows that location's stock and the demand that can reach it (subscriptions whose
 * sales channel the location serves, or that have none); with several locations per channel it counts at each.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminSubscriptionForecastType>, res: MedusaResponse) => {
  const { days, variant_id } = req.validatedQuery
  if (variant_id) await assertStockTrackedVariant(req.scope, variant_id)
  res.json(await forecastSubscriptionDemand(req.scope, { days, ...(variant_id ? { variant_ids: [variant_id] } : {}) }))
}
