import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { publishGuideWorkflow } from "@/workflows/guides"
import { retrieveAdminGuide, sendComplianceRefusal } from "@/queries/guides/admin-guides"

/** POST /admin/guides/:id/publish: live on the storefront, or 400 with the findings that block it. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  try {
    await publishGuideWorkflow(req.scope).run({ input: { id: req.params.id! } })
    res.json({ guide: await retrieveAdminGuide(req.scope.resolve(ContainerRegistrationKeys.QUERY), req.params.id!) })
  } catch (error) {
    if (!sendComplianceRefusal(res, error)) throw error
  }
}
