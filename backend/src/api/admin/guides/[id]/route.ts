import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { deleteGuideWorkflow, updateGuideWorkflow } from "@/workflows/guides"
import { retrieveAdminGuide, sendComplianceRefusal } from "@/queries/guides/admin-guides"
import type { AdminUpdateGuideType } from "../validators"

/** GET /admin/guides/:id: the guide with people, citations, products and its compliance report. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ guide: await retrieveAdminGuide(req.scope.resolve(ContainerRegistrationKeys.QUERY), req.params.id!) })
}

/** POST /admin/guides/:id: edits the guide; `citations` replaces the whole reference list. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateGuideType>, res: MedusaResponse) => {
  const { citations, ...update } = req.validatedBody
  try {
    await updateGuideWorkflow(req.scope).run({ input: { id: req.params.id!, update, citations } })
    res.json({ guide: await retrieveAdminGuide(req.scope.resolve(ContainerRegistrationKeys.QUERY), req.params.id!) })
  } catch (error) {
    if (!sendComplianceRefusal(res, error)) throw error
  }
}

/** DELETE /admin/guides/:id: removes the guide, its citations and its product links. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteGuideWorkflow(req.scope).run({ input: { id: req.params.id! } })
  res.json({ id: req.params.id, object: "guide", deleted: true })
}
