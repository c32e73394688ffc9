import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { unpublishGuideWorkflow } from "@/workflows/guides"
import { retrieveAdminGuide } from "@/queries/guides/admin-guides"

/** POST /admin/guides/:id/unpublish: back to draft, off the storefront. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await unpublishGuideWorkflow(req.scope).run({ input: { id: req.params.id! } })
  res.json({ guide: await retrieveAdminGuide(req.scope.resolve(ContainerRegistrationKeys.QUERY), req.params.id!) })
}
