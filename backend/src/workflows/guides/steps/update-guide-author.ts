import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GUIDE_MODULE } from "@/modules/guide"
import type GuideModuleService from "@/modules/guide/service"
import type { GuideAuthorInput } from "@/modules/guide/types"

export const updateGuideAuthorStepId = "update-guide-author"

export type UpdateGuideAuthorStepInput = { id: string } & Partial<GuideAuthorInput>

/** Edits an author's name, credentials, bio or photo; compensation writes the previous values back. */
export const updateGuideAuthorStep = createStep(
  updateGuideAuthorStepId,
  async ({ id, ...changes }: UpdateGuideAuthorStepInput, { container }) => {
    const guides = container.resolve<GuideModuleService>(GUIDE_MODULE)
    const previous = await guides.retrieveGuideAuthor(id, { select: ["id", "name", "credentials", "bio", "photo_url"] })
    const author = await guides.updateGuideAuthors({ id, ...changes })
    // An update cannot be undone from ids alone: the compensation needs the values it overwrote.
    const { name, credentials, bio, photo_url } = previous
    return new StepResponse(author, { id, name, credentials, bio, photo_url })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<GuideModuleService>(GUIDE_MODULE).updateGuideAuthors(previous)
  }
)
