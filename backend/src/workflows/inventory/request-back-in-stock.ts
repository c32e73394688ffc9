import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertStockTrackedVariantStep } from "./steps/assert-stock-tracked-variant"
import { createBackInStockRequestStep, type CreateBackInStockRequestStepInput } from "./steps/create-back-in-stock-request"

/** A shopper asks to hear when a variant is back: once per variant and email while they wait. */
export const requestBackInStockWorkflow = createWorkflow("request-back-in-stock", (input: CreateBackInStockRequestStepInput) => {
  assertStockTrackedVariantStep({ variant_id: input.variant_id })
  return new WorkflowResponse(createBackInStockRequestStep(input))
})
