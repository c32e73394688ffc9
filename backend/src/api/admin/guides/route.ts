import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createGuideWorkflow } from "@/workflows/guides"
import { listAdminGuides, retrieveAdminGuide, sendComplianceRefusal } from "@/queries/guides/admin-guides"
import type { AdminCreateGuideType, AdminListGuidesType } from "./validators"

/** GET /admin/guides: every guide with status, tags and linked product count. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListGuidesType>, res: MedusaResponse) => {
  res.json(await listAdminGuides(req.scope.resolve(ContainerRegistrationKeys.QUERY), req.validatedQuery))
}

/** POST /admin/guides: a new guide with its citations; one created as published must pass the checks. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateGuideType>, res: MedusaResponse) => {
  const { citations, ...guide } = req.validatedBody
  try {
    const { result } = await createGuideWorkflow(req.scope).run({ input: { guide, citations } })
    res.status(201).json({ guide: await retrieveAdminGuide(req.scope.resolve(ContainerRegistrationKeys.QUERY), result.id) })
  } catch (error) {
    if (!sendComplianceRefusal(res, error)) throw error
  }
}
