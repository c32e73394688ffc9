import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { requestBackInStockWorkflow } from "../../../workflows/inventory/request-back-in-stock"
import type { StoreRequestBackInStockType } from "./validators"

/**
 * POST /store/back-in-stock-requests: 201 with a new waiting request, or 200 with the one already waiting for
 * this variant and email. A logged-in customer's request is linked to their account.
 */
export const POST = async (req: AuthenticatedMedusaRequest<StoreRequestBackInStockType>, res: MedusaResponse) => {
  const { result } = await requestBackInStockWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: req.auth_context?.actor_id || null },
  })
  const { id, variant_id, email, status } = result.request
  res.status(result.created ? 201 : 200).json({ back_in_stock_request: { id, variant_id, email, status } })
}
