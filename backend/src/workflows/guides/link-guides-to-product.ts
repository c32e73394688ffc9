import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { GUIDE_PRODUCT_LINKS_UPDATED, linkChangeEvent, planProductGuideOrder, type ProductGuideChoice } from "../../lib/guides/link-plans"
import { applyGuideProductLinksStep } from "./steps/apply-guide-product-links"
import { assertGuidesExistStep } from "./steps/assert-guides-exist"
import { assertProductsExistStep } from "./steps/assert-products-exist"
import { listGuideProductLinksStep } from "./steps/list-guide-product-links"

export interface LinkGuidesToProductWorkflowInput {
  product_id: string
  /** The product's guides in display order; replaces its current list. */
  guides: ProductGuideChoice[]
}

/** At most one primary guide per product, and each guide once. */
export const assertOneGuideEachStep = createStep("assert-one-guide-each", async (guides: ProductGuideChoice[]) => {
  const primaries = guides.filter((g) => g.is_primary === true)
  if (primaries.length > 1) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `A product has one primary guide, but ${primaries.length} were marked primary: ${primaries.map((g) => g.guide_id).join(", ")}`
    )
  }
  const seen = new Set<string>()
  const repeated = guides.filter((g) => seen.size === seen.add(g.guide_id).size).map((g) => g.guide_id)
  if (repeated.length > 0) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Each guide can be listed once per product; repeated: ${repeated.join(", ")}`)
  }
  return new StepResponse(undefined)
})

/** From the product's page: sets which guides it shows, in which order, and which one is primary. */
export const linkGuidesToProductWorkflow = createWorkflow("link-guides-to-product", (input: LinkGuidesToProductWorkflowInput) => {
  assertOneGuideEachStep(transform({ input }, ({ input }) => input.guides))
  const productIds = transform({ input }, ({ input }) => [input.product_id])
  assertProductsExistStep(productIds)
  assertGuidesExistStep(transform({ input }, ({ input }) => input.guides.map((g) => g.guide_id)))
  const current = listGuideProductLinksStep(productIds)
  const plan = transform({ input, current }, ({ input, current }) => planProductGuideOrder(input.product_id, current, input.guides))
  const applied = applyGuideProductLinksStep(plan)
  emitEventStep({ eventName: GUIDE_PRODUCT_LINKS_UPDATED, data: transform({ applied }, ({ applied }) => linkChangeEvent(applied)) })
  return new WorkflowResponse(applied)
})
