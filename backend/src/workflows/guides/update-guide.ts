import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CitationInput, GuideContentInput, GuideStatus } from "../../modules/guide/types"
import { assertGuideAuthorsExistStep } from "./steps/assert-guide-authors-exist"
import { assertGuideCompliesStep } from "./steps/assert-guide-complies"
import { ensureGuideSlugIsFreeStep } from "./steps/ensure-guide-slug-is-free"
import { replaceGuideCitationsStep } from "./steps/replace-guide-citations"
import { updateGuideStep } from "./steps/update-guide"

export interface UpdateGuideWorkflowInput {
  id: string
  update: Partial<GuideContentInput> & { status?: GuideStatus }
  /** When given, replaces the whole reference list. */
  citations?: CitationInput[]
}

interface CurrentGuide {
  title: string
  body: string
  summary: string | null
  status: GuideStatus
  citations: { title: string; position: number }[]
}

/**
 * Edits a guide. Whatever will be live afterwards (a published guide edited, or a draft published) must
 * pass the claims check (reading the linked products' names), the citation check and the product-card check.
 */
export const updateGuideWorkflow = createWorkflow("update-guide", (input: UpdateGuideWorkflowInput) => {
  const { data: found } = useQueryGraphStep({
    entity: "guide",
    fields: ["id", "title", "summary", "body", "status", "citations.title", "citations.position"],
    filters: { id: input.id },
    options: { throwIfKeyNotFound: true },
  }).config({ name: "load-guide" })

  const next = transform({ input, found }, ({ input, found }) => {
    const current = found[0] as unknown as CurrentGuide
    const citations = input.citations ?? [...current.citations].sort((a, b) => a.position - b.position)
    return {
      guide_id: input.id,
      title: input.update.title ?? current.title,
      body: input.update.body ?? current.body,
      summary: input.update.summary ?? current.summary,
      citations,
      status: input.update.status ?? current.status,
    }
  })

  assertGuideAuthorsExistStep(
    transform({ input }, ({ input }) => ({ author_id: input.update.author_id, reviewer_id: input.update.reviewer_id }))
  )
  ensureGuideSlugIsFreeStep(transform({ input }, ({ input }) => ({ slug: input.update.slug, guide_id: input.id })))
  assertGuideCompliesStep(next)
  const guide = updateGuideStep(transform({ input }, ({ input }) => ({ id: input.id, ...input.update })))

  when("citations-given", input, (input) => input.citations !== undefined).then(() => {
    replaceGuideCitationsStep(transform({ input }, ({ input }) => ({ guide_id: input.id, citations: input.citations ?? [] })))
  })
  return new WorkflowResponse(guide)
})
