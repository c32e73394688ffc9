import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { requestBackInStockWorkflow } from "../../../workflows/inventory/request-back-in-stock"
import type { StoreRequestBackInStockType } from "./validators"

export const BACK_IN_STOCK_ANSWER = "Thank you. We will email this address once when the size is back in stock."

/** Only a published product sold in the sales channel of the request's publishable key can be asked for. */
async function assertOnSaleHere(req: AuthenticatedMedusaRequest, variantId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [variant] } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product.status", "product.sales_channels.id"],
    filters: { id: variantId },
  })
  const channels = new Set(req.publishable_key_context?.sales_channel_ids ?? [])
  const onSale =
    variant?.product?.status === "published" && (variant.product.sales_channels ?? []).some((c) => c && channels.has(c.id))
  if (!onSale) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${variantId} was not found`)
}

/**
 * POST /store/back-in-stock-requests: "notify me" on a sold-out size of a product on sale here. A logged-in
 * customer is always notified at their own account's address, whatever the form said. The answer is the
 * same 202 for a new request and one already waiting, so it tells nobody who asked.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreRequestBackInStockType>, res: MedusaResponse) => {
  await assertOnSaleHere(req, req.validatedBody.variant_id)
  const customerId = req.auth_context?.actor_type === "customer" ? req.auth_context.actor_id : null
  const email = customerId
    ? (await req.scope.resolve(Modules.CUSTOMER).retrieveCustomer(customerId)).email
    : req.validatedBody.email
  await requestBackInStockWorkflow(req.scope).run({
    input: { variant_id: req.validatedBody.variant_id, email, customer_id: customerId },
  })
  res.status(202).json({ message: BACK_IN_STOCK_ANSWER })
}
