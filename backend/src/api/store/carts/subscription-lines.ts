import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { HttpTypes } from "@medusajs/framework/types"
import { DISCOUNT_KEY, INTERVAL_KEY, priceSubscriptionLine, requestedInterval } from "../../../workflows/subscriptions/subscription-line"

/**
 * Runs after Medusa validates POST /store/carts/:id/line-items: a line whose metadata asks for a delivery
 * interval gets the subscribe-and-save price as a server-computed custom price, which Medusa keeps when it
 * refreshes the cart. An interval the product does not offer is a 400 that lists the allowed ones.
 */
export async function priceSubscriptionLines(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const body = req.validatedBody as HttpTypes.StoreAddCartLineItem & { unit_price?: number; compare_at_unit_price?: number }
    const interval = requestedInterval(body?.metadata)
    if (interval === null) return next()

    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: ["id", "region_id", "currency_code", "customer_id"],
      filters: { id: req.params.id },
    })
    const cart = carts[0]
    if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${req.params.id}`)

    const priced = await priceSubscriptionLine(req.scope, {
      variant_id: body.variant_id,
      interval_days: interval,
      region_id: cart.region_id!,
      currency_code: cart.currency_code,
      customer_id: cart.customer_id,
    })
    body.unit_price = priced.unit_price
    body.compare_at_unit_price = priced.compare_at_unit_price
    body.metadata = { ...body.metadata, [INTERVAL_KEY]: interval, [DISCOUNT_KEY]: priced.discount_percent }
    next()
  } catch (e) {
    next(e)
  }
}
