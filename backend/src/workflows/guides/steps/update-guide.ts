import { readingMinutes } from "@biome/shared"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GUIDE_MODULE } from "@/modules/guide"
import type GuideModuleService from "@/modules/guide/service"
import type { GuideContentInput, GuideStatus } from "@/modules/guide/types"

export const updateGuideStepId = "update-guide"

export type UpdateGuideStepInput = { id: string } & Partial<GuideContentInput> & { status?: GuideStatus }

const FIELDS = [
  "slug",
  "title",
  "summary",
  "body",
  "hero_image_url",
  "tags",
  "author_id",
  "reviewer_id",
  "status",
  "published_at",
  "reading_minutes",
] as const

/** The publication date a guide keeps or gets when its status changes. */
export function publishedAtAfter(previous: { status: string; published_at: Date | null }, status: GuideStatus | undefined): Date | null {
  if (status === "draft") return null
  if (status === "published" && previous.status !== "published") return new Date()
  return previous.published_at
}

/** Updates a guide; a new body gets a new reading time. Compensation puts the previous values back. */
export const updateGuideStep = createStep(
  updateGuideStepId,
  async ({ id, ...changes }: UpdateGuideStepInput, { container }) => {
    const guides = container.resolve<GuideModuleService>(GUIDE_MODULE)
    const previous = await guides.retrieveGuide(id, { select: [...FIELDS] })
    const guide = await guides.updateGuides({
      id,
      ...changes,
      published_at: publishedAtAfter(previous, changes.status),
      ...(changes.body !== undefined ? { reading_minutes: readingMinutes(changes.body) } : {}),
    })
    // An update cannot be undone from ids alone: the compensation needs the values it overwrote.
    const restore = Object.fromEntries(FIELDS.map((field) => [field, previous[field]]))
    return new StepResponse(guide, { id, ...restore })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve<GuideModuleService>(GUIDE_MODULE).updateGuides(previous)
  }
)
