import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GUIDE_MODULE } from "@/modules/guide"
import type GuideModuleService from "@/modules/guide/service"

export const assertGuideAuthorsExistStepId = "assert-guide-authors-exist"

export interface AssertGuideAuthorsExistStepInput {
  author_id?: string
  reviewer_id?: string | null
}

/** A guide's author and reviewer must be known people. */
export const assertGuideAuthorsExistStep = createStep(
  assertGuideAuthorsExistStepId,
  async (input: AssertGuideAuthorsExistStepInput, { container }) => {
    const ids = [input.author_id, input.reviewer_id].filter((id): id is string => typeof id === "string")
    if (ids.length === 0) return new StepResponse(undefined)
    const guides = container.resolve<GuideModuleService>(GUIDE_MODULE)
    const found = new Set((await guides.listGuideAuthors({ id: ids }, { select: ["id"] })).map((a) => a.id))
    const missing = [...new Set(ids)].filter((id) => !found.has(id))
    if (missing.length > 0) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Guide author not found: ${missing.join(", ")}`)
    }
    return new StepResponse(undefined)
  }
)
