import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GUIDE_MODULE } from "@/modules/guide"
import type GuideModuleService from "@/modules/guide/service"

export const deleteGuidesStepId = "delete-guides"

/** Soft-deletes guides with their citations; compensation restores them. */
export const deleteGuidesStep = createStep(
  deleteGuidesStepId,
  async (ids: string[], { container }) => {
    await container.resolve<GuideModuleService>(GUIDE_MODULE).softDeleteGuides(ids)
    return new StepResponse(undefined, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<GuideModuleService>(GUIDE_MODULE).restoreGuides(ids)
  }
)
