import { readingMinutes } from "@biome/shared"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GUIDE_MODULE } from "@/modules/guide"
import type GuideModuleService from "@/modules/guide/service"
import type { GuideContentInput, GuideStatus } from "@/modules/guide/types"

export const createGuideStepId = "create-guide"

export type CreateGuideStepInput = GuideContentInput & { status: GuideStatus }

/** Creates a guide; its reading time comes from the body and a published guide is dated now. */
export const createGuideStep = createStep(
  createGuideStepId,
  async (input: CreateGuideStepInput, { container }) => {
    const guides = container.resolve<GuideModuleService>(GUIDE_MODULE)
    const guide = await guides.createGuides({
      ...input,
      reading_minutes: readingMinutes(input.body),
      published_at: input.status === "published" ? new Date() : null,
    })
    return new StepResponse(guide, guide.id)
  },
  async (guideId, { container }) => {
    if (!guideId) return
    await container.resolve<GuideModuleService>(GUIDE_MODULE).deleteGuides(guideId)
  }
)
