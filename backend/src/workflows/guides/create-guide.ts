import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CitationInput, GuideContentInput, GuideStatus } from "../../modules/guide/types"
import { assertGuideAuthorsExistStep } from "./steps/assert-guide-authors-exist"
import { assertGuideCompliesStep } from "./steps/assert-guide-complies"
import { createGuideStep } from "./steps/create-guide"
import { ensureGuideSlugIsFreeStep } from "./steps/ensure-guide-slug-is-free"
import { replaceGuideCitationsStep } from "./steps/replace-guide-citations"

export interface CreateGuideWorkflowInput {
  guide: GuideContentInput & { status?: GuideStatus }
  citations?: CitationInput[]
}

/** Writes a new guide with its references; one created as published must pass the claims and citation checks. */
export const createGuideWorkflow = createWorkflow("create-guide", (input: CreateGuideWorkflowInput) => {
  const content = transform({ input }, ({ input }) => ({
    guide: { ...input.guide, tags: input.guide.tags ?? [], status: input.guide.status ?? ("draft" as const) },
    citations: input.citations ?? [],
  }))
  assertGuideAuthorsExistStep(
    transform({ content }, ({ content }) => ({ author_id: content.guide.author_id, reviewer_id: content.guide.reviewer_id }))
  )
  ensureGuideSlugIsFreeStep(transform({ content }, ({ content }) => ({ slug: content.guide.slug })))
  assertGuideCompliesStep(
    transform({ content }, ({ content }) => ({
      // A new guide is linked to no product yet.
      guide_id: null,
      title: content.guide.title,
      body: content.guide.body,
      summary: content.guide.summary,
      citations: content.citations,
      status: content.guide.status,
    }))
  )
  const guide = createGuideStep(transform({ content }, ({ content }) => content.guide))
  replaceGuideCitationsStep(transform({ guide, content }, ({ guide, content }) => ({ guide_id: guide.id, citations: content.citations })))
  return new WorkflowResponse(guide)
})
