import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GUIDE_MODULE } from "@/modules/guide"
import type GuideModuleService from "@/modules/guide/service"

export const ensureGuideSlugIsFreeStepId = "ensure-guide-slug-is-free"

export interface EnsureGuideSlugIsFreeStepInput {
  slug?: string
  /** The guide being edited, which may keep its own slug. */
  guide_id?: string
}

/** Two guides cannot share a slug: the storefront finds guides by it. */
export const ensureGuideSlugIsFreeStep = createStep(
  ensureGuideSlugIsFreeStepId,
  async (input: EnsureGuideSlugIsFreeStepInput, { container }) => {
    if (!input.slug) return new StepResponse(undefined)
    const guides = container.resolve<GuideModuleService>(GUIDE_MODULE)
    const [taken] = await guides.listGuides({ slug: input.slug }, { select: ["id"], take: 1 })
    if (taken && taken.id !== input.guide_id) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `A guide with the slug "${input.slug}" already exists; choose another slug.`)
    }
    return new StepResponse(undefined)
  }
)
