import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertStockTrackedVariantStep } from "./steps/assert-stock-tracked-variant"
import { saveLowStockThresholdStep, type SaveLowStockThresholdStepInput } from "./steps/save-low-stock-threshold"

/**
 * An admin sets how many days of cover a variant needs before they hear about it. The alert state is left as it
 * is: the next stock move compares against the new threshold.
 */
export const setLowStockThresholdWorkflow = createWorkflow("set-low-stock-threshold", (input: SaveLowStockThresholdStepInput) => {
  assertStockTrackedVariantStep({ variant_id: input.variant_id })
  return new WorkflowResponse(saveLowStockThresholdStep(input))
})
