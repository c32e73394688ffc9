import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { linkGuidesToProductWorkflow } from "@/workflows/guides"
import { productGuideList } from "@/queries/guides/admin-guides"
import type { AdminSetProductGuidesType } from "./validators"

/** GET /admin/products/:id/guides: the product's guides in display order, with the primary flag. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  res.json({ product_id: req.params.id, guides: await productGuideList(query, req.params.id!) })
}

/** POST /admin/products/:id/guides: the given ordered list becomes the product's guides. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSetProductGuidesType>, res: MedusaResponse) => {
  await linkGuidesToProductWorkflow(req.scope).run({ input: { product_id: req.params.id!, guides: req.validatedBody.guides } })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  res.json({ product_id: req.params.id, guides: await productGuideList(query, req.params.id!) })
}
