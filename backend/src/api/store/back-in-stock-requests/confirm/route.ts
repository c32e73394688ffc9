import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { readBackInStockToken } from "@/lib/back-in-stock-links"
import { requestBackInStockWorkflow } from "@/workflows/inventory/request-back-in-stock"
import { variantOnSaleHere } from "../route"
import type { StoreConfirmBackInStockType } from "../validators"

const REFUSED = {
  invalid: "This confirmation link is not valid. Please copy the whole link from the email, or ask again on the product page.",
  expired: "This confirmation link has expired. Please ask again on the product page to get a new one.",
}

/**
 * POST /store/back-in-stock-requests/confirm: the guest confirms, with the emailed token, that the address is
 * theirs; the request then waits for the restock. Confirming twice (or a mail scanner's click) changes nothing.
 */
export const POST = async (req: MedusaStoreRequest<StoreConfirmBackInStockType>, res: MedusaResponse) => {
  const check = readBackInStockToken(req.validatedBody.token)
  if (!check.ok) throw new MedusaError(MedusaError.Types.INVALID_DATA, REFUSED[check.reason])
  // The product may have been withdrawn from this channel since the email went out.
  const variant = await variantOnSaleHere(req, check.variant_id)
  const { result } = await requestBackInStockWorkflow(req.scope).run({
    input: { variant_id: variant.variant_id, email: check.email, customer_id: null },
  })
  res.json({
    back_in_stock_request: {
      variant_id: variant.variant_id,
      product_title: variant.product_title,
      variant_title: variant.variant_title,
      email: result.request.email,
      status: result.request.status,
    },
  })
}
