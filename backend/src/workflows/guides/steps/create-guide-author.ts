import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GUIDE_MODULE } from "@/modules/guide"
import type GuideModuleService from "@/modules/guide/service"
import type { GuideAuthorInput } from "@/modules/guide/types"

export const createGuideAuthorStepId = "create-guide-author"

/** Adds a writer or reviewer to the content team's list. */
export const createGuideAuthorStep = createStep(
  createGuideAuthorStepId,
  async (input: GuideAuthorInput, { container }) => {
    const author = await container.resolve<GuideModuleService>(GUIDE_MODULE).createGuideAuthors(input)
    return new StepResponse(author, author.id)
  },
  async (authorId, { container }) => {
    if (!authorId) return
    await container.resolve<GuideModuleService>(GUIDE_MODULE).deleteGuideAuthors(authorId)
  }
)
