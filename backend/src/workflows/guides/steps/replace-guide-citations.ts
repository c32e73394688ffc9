import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GUIDE_MODULE } from "@/modules/guide"
import type GuideModuleService from "@/modules/guide/service"
import type { CitationInput } from "@/modules/guide/types"

export const replaceGuideCitationsStepId = "replace-guide-citations"

export interface ReplaceGuideCitationsStepInput {
  guide_id: string
  /** The whole reference list in order; citation i is cited as [^i+1]. */
  citations: CitationInput[]
}

/** Swaps a guide's reference list for a new one. The old citations are soft-deleted so they can come back. */
export const replaceGuideCitationsStep = createStep(
  replaceGuideCitationsStepId,
  async ({ guide_id, citations }: ReplaceGuideCitationsStepInput, { container }) => {
    const guides = container.resolve<GuideModuleService>(GUIDE_MODULE)
    const old = await guides.listGuideCitations({ guide_id }, { select: ["id"] })
    const removed = old.map((c) => c.id)
    if (removed.length > 0) await guides.softDeleteGuideCitations(removed)
    const created =
      citations.length > 0 ? await guides.createGuideCitations(citations.map((c, i) => ({ ...c, position: i + 1, guide_id }))) : []
    return new StepResponse(created, { removed, created: created.map((c) => c.id) })
  },
  async (ids, { container }) => {
    if (!ids) return
    const guides = container.resolve<GuideModuleService>(GUIDE_MODULE)
    // New ones go first: old and new share (guide, position) and only one of them may be live.
    if (ids.created.length > 0) await guides.deleteGuideCitations(ids.created)
    if (ids.removed.length > 0) await guides.restoreGuideCitations(ids.removed)
  }
)
