import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { productsForCards } from "@/lib/guide-product-cards"
import { GuideComplianceError, reviewGuideContent } from "@/modules/guide/compliance"
import type { GuideStatus } from "@/modules/guide/types"

export const assertGuideCompliesStepId = "assert-guide-complies"

export interface AssertGuideCompliesStepInput {
  /** The guide being edited; none for a new guide, which is linked to no product yet. */
  guide_id: string | null
  title: string
  body: string
  summary?: string | null
  citations: { title?: string }[]
  status: GuideStatus
}

/**
 * Refuses a published guide with a disease claim, an unmarked claim about a product, a citation problem, or
 * a product card the store cannot show (unknown, unpublished or unlinked product).
 */
export const assertGuideCompliesStep = createStep(assertGuideCompliesStepId, async (input: AssertGuideCompliesStepInput, { container }) => {
  if (input.status !== "published") return new StepResponse(null)
  const products = await productsForCards(container.resolve(ContainerRegistrationKeys.QUERY), input.body, input.guide_id)
  const report = reviewGuideContent({ body: input.body, summary: input.summary, citations: input.citations, products })
  if (!report.ok) throw new GuideComplianceError(input.title, report)
  return new StepResponse(report)
})
