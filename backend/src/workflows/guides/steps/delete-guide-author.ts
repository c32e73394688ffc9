import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GUIDE_MODULE } from "@/modules/guide"
import type GuideModuleService from "@/modules/guide/service"

export const deleteGuideAuthorStepId = "delete-guide-author"

/**
 * Removes an author who neither wrote nor reviewed any guide (a guide's byline must not point at nobody).
 * Soft delete, so the compensation can restore them.
 */
export const deleteGuideAuthorStep = createStep(
  deleteGuideAuthorStepId,
  async (id: string, { container }) => {
    const guides = container.resolve<GuideModuleService>(GUIDE_MODULE)
    const author = await guides.retrieveGuideAuthor(id, { select: ["id", "name"] })
    const [written, reviewed] = await Promise.all([
      guides.listGuides({ author_id: id }, { select: ["title"] }),
      guides.listGuides({ reviewer_id: id }, { select: ["title"] }),
    ])
    const titles = [...new Set([...written, ...reviewed].map((g) => `"${g.title}"`))]
    if (titles.length > 0) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${author.name} is the author or reviewer of ${titles.join(", ")}; assign those guides to someone else first.`
      )
    }
    await guides.softDeleteGuideAuthors(id)
    return new StepResponse(undefined, id)
  },
  async (id, { container }) => {
    if (!id) return
    await container.resolve<GuideModuleService>(GUIDE_MODULE).restoreGuideAuthors(id)
  }
)
