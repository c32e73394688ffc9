import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import GuideProductLink from "../../../../links/guide-product"
import { reviewGuideContent } from "../../../../modules/guide/compliance"
import type { AdminCheckGuideType } from "../validators"

/**
 * POST /admin/claims/check-guide: what publishing would say about a guide being edited, claims and
 * citations together, without saving it.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCheckGuideType>, res: MedusaResponse) => {
  const { body, citations, guide_id } = req.validatedBody
  const { data: links } = guide_id
    ? await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: GuideProductLink.entryPoint,
        fields: ["product.title"],
        filters: { guide_id },
      })
    : { data: [] }
  const productNames = (links as { product?: { title: string } | null }[]).flatMap((l) => (l.product ? [l.product.title] : []))
  res.json(reviewGuideContent({ body, citations, product_names: productNames }))
}
