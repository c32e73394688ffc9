import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { deleteGuideAuthorWorkflow, updateGuideAuthorWorkflow } from "@/workflows/guides"
import { GUIDE_AUTHOR_FIELDS } from "../fields"
import type { AdminUpdateGuideAuthorType } from "../validators"

/** GET /admin/guide-authors/:id */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const {
    data: [author],
  } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "guide_author",
    fields: GUIDE_AUTHOR_FIELDS,
    filters: { id: req.params.id },
  })
  if (!author) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Guide author with id "${req.params.id}" was not found`)
  res.json({ guide_author: author })
}

/** POST /admin/guide-authors/:id: edits name, credentials, bio or photo. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateGuideAuthorType>, res: MedusaResponse) => {
  const { result } = await updateGuideAuthorWorkflow(req.scope).run({ input: { id: req.params.id!, ...req.validatedBody } })
  res.json({ guide_author: result })
}

/** DELETE /admin/guide-authors/:id: only for someone who wrote and reviewed no guide. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteGuideAuthorWorkflow(req.scope).run({ input: { id: req.params.id! } })
  res.json({ id: req.params.id, object: "guide_author", deleted: true })
}
