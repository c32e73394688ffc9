import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GUIDE_MODULE } from "@/modules/guide"
import type GuideModuleService from "@/modules/guide/service"

export const assertGuidesExistStepId = "assert-guides-exist"

/** Returns the guides' titles, refusing unknown ids. */
export const assertGuidesExistStep = createStep(assertGuidesExistStepId, async (ids: string[], { container }) => {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new StepResponse([])
  const guides = await container.resolve<GuideModuleService>(GUIDE_MODULE).listGuides({ id: unique }, { select: ["id", "title"] })
  const found = new Set(guides.map((g) => g.id))
  const missing = unique.filter((id) => !found.has(id))
  if (missing.length > 0) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Guide not found: ${missing.join(", ")}`)
  }
  return new StepResponse(guides)
})
