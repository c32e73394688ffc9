import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { GUIDE_PRODUCT_LINKS_UPDATED, linkChangeEvent, planGuideProductLinks, type GuideProductAddition } from "../../lib/guides/link-plans"
import { applyGuideProductLinksStep } from "./steps/apply-guide-product-links"
import { assertGuidesExistStep } from "./steps/assert-guides-exist"
import { assertProductsExistStep } from "./steps/assert-products-exist"
import { listGuideProductLinksStep } from "./steps/list-guide-product-links"

export interface LinkProductsToGuideWorkflowInput {
  guide_id: string
  add?: GuideProductAddition[]
  remove?: string[]
}

/**
 * From the guide's page: links it to products (at a place in each product's list, maybe as the primary
 * guide, which demotes the previous one) and unlinks it from others.
 */
export const linkProductsToGuideWorkflow = createWorkflow("link-products-to-guide", (input: LinkProductsToGuideWorkflowInput) => {
  assertGuidesExistStep(transform({ input }, ({ input }) => [input.guide_id]))
  const productIds = transform({ input }, ({ input }) => [
    ...new Set([...(input.add ?? []).map((a) => a.product_id), ...(input.remove ?? [])]),
  ])
  assertProductsExistStep(transform({ input }, ({ input }) => (input.add ?? []).map((a) => a.product_id)))
  const current = listGuideProductLinksStep(productIds)
  const plan = transform({ input, current }, ({ input, current }) =>
    planGuideProductLinks(input.guide_id, current, input.add ?? [], input.remove ?? [])
  )
  const applied = applyGuideProductLinksStep(plan)
  emitEventStep({ eventName: GUIDE_PRODUCT_LINKS_UPDATED, data: transform({ applied }, ({ applied }) => linkChangeEvent(applied)) })
  return new WorkflowResponse(applied)
})
