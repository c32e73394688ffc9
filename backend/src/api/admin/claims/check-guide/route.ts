import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { productsForCards } from "@/lib/guide-product-cards"
import { reviewGuideContent } from "@/modules/guide/compliance"
import type { AdminCheckGuideType } from "../validators"

/**
 * POST /admin/claims/check-guide: what publishing would say about a guide being edited (claims, citations
 * and product cards together), without saving it.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCheckGuideType>, res: MedusaResponse) => {
  const { body, citations, guide_id } = req.validatedBody
  const products = await productsForCards(req.scope.resolve(ContainerRegistrationKeys.QUERY), body, guide_id)
  res.json(reviewGuideContent({ body, citations, products }))
}
