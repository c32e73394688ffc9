import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { HttpTypes } from "@medusajs/framework/types"
import { subscriptionQuantityProblem } from "@biome/shared"
import { DISCOUNT_KEY, INTERVAL_KEY, priceSubscriptionLine, requestedInterval } from "@/lib/subscriptions/subscription-line"

type CartLine = { id: string; variant_id: string | null; quantity: unknown; metadata: Record<string, unknown> | null }

/**
 * Runs after Medusa validates POST /store/carts/:id/line-items: a line whose metadata asks for a delivery
 * interval gets the subscribe-and-save price as a server-computed custom price, which Medusa keeps when it
 * refreshes the cart. An interval the product does not offer is a 400 that lists the allowed ones, and so is a
 * quantity the subscription portal would not accept (counting the line this one is merged into).
 */
export async function priceSubscriptionLines(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const body = req.validatedBody as HttpTypes.StoreAddCartLineItem & { unit_price?: number; compare_at_unit_price?: number }
    const interval = requestedInterval(body?.metadata)
    if (interval === null) return next()

    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: ["id", "region_id", "currency_code", "customer_id", "items.id", "items.variant_id", "items.quantity", "items.metadata"],
      filters: { id: req.params.id },
    })
    const cart = carts[0]
    if (!cart) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cart id not found: ${req.params.id}`)
    // Medusa adds to a line of the same variant and terms instead of making a second one.
    const sameLine = ((cart.items ?? []) as (CartLine | null)[]).find(
      (item) => item?.variant_id === body.variant_id && requestedInterval(item.metadata) === interval
    )
    assertSubscriptionQuantity(Number(body.quantity) + Number(sameLine?.quantity ?? 0))

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

/**
 * Runs before POST /store/carts/:id/line-items/:line_id: a subscription line's new quantity keeps to the
 * portal's bounds (0 still removes the line, as Medusa does).
 */
export async function limitSubscriptionLineQuantity(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const quantity = Number((req.validatedBody as { quantity?: unknown } | undefined)?.quantity)
    if (quantity === 0 || Number.isNaN(quantity)) return next()
    const [line] = await req.scope
      .resolve(Modules.CART)
      .listLineItems({ id: req.params.line_id, cart_id: req.params.id }, { select: ["id", "metadata"] })
    if (line && requestedInterval(line.metadata) !== null) assertSubscriptionQuantity(quantity)
    next()
  } catch (e) {
    next(e)
  }
}

function assertSubscriptionQuantity(quantity: number) {
  const problem = subscriptionQuantityProblem(quantity)
  if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
}
