import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { linkProductsToGuideWorkflow } from "@/workflows/guides"
import { retrieveAdminGuide } from "@/queries/guides/admin-guides"
import type { AdminLinkGuideProductsType } from "../../validators"

/** POST /admin/guides/:id/products: link (at a place, maybe as primary) and unlink products. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminLinkGuideProductsType>, res: MedusaResponse) => {
  await linkProductsToGuideWorkflow(req.scope).run({ input: { guide_id: req.params.id!, ...req.validatedBody } })
  const guide = await retrieveAdminGuide(req.scope.resolve(ContainerRegistrationKeys.QUERY), req.params.id!)
  res.json({ guide_id: guide.id, products: guide.products })
}
