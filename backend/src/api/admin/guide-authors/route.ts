import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createGuideAuthorWorkflow } from "@/workflows/guides"
import { GUIDE_AUTHOR_FIELDS } from "./fields"
import type { AdminCreateGuideAuthorType, AdminListGuideAuthorsType } from "./validators"
import { containsPattern } from "@/lib/like-pattern"

/** GET /admin/guide-authors: the writers and reviewers, by name. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListGuideAuthorsType>, res: MedusaResponse) => {
  const { q, limit, offset } = req.validatedQuery
  const { data, metadata } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "guide_author",
    fields: GUIDE_AUTHOR_FIELDS,
    filters: q ? { name: { $ilike: containsPattern(q) } } : {},
    pagination: { skip: offset, take: limit, order: { name: "ASC" } },
  })
  res.json({ guide_authors: data, count: metadata?.count ?? data.length, limit, offset })
}

/** POST /admin/guide-authors: adds a writer or reviewer. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateGuideAuthorType>, res: MedusaResponse) => {
  const { result } = await createGuideAuthorWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(201).json({ guide_author: result })
}
