import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GuideComplianceError, reviewGuideContent } from "../../../modules/guide/compliance"
import type { GuideStatus } from "../../../modules/guide/types"

export const assertGuideCompliesStepId = "assert-guide-complies"

export interface AssertGuideCompliesStepInput {
  title: string
  body: string
  citations: { title?: string }[]
  status: GuideStatus
  product_names: string[]
}

/** Refuses a published guide with a disease claim, an unmarked claim about a product, or a citation problem. */
export const assertGuideCompliesStep = createStep(assertGuideCompliesStepId, async (input: AssertGuideCompliesStepInput) => {
  if (input.status !== "published") return new StepResponse(null)
  const report = reviewGuideContent({ body: input.body, citations: input.citations, product_names: input.product_names })
  if (!report.ok) throw new GuideComplianceError(input.title, report)
  return new StepResponse(report)
})
