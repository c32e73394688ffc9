import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { VariantLabel } from "@/emails/templates/inventory"
import { variantStock } from "@/queries/inventory/forecast/variant-stock"

export const findRestockedVariantsStepId = "find-restocked-variants"

export interface FindRestockedVariantsStepInput {
  variant_ids: string[]
}

/** The variants, among these, that shoppers can buy again: at least one unit available across their locations. */
export const findRestockedVariantsStep = createStep(
  findRestockedVariantsStepId,
  async (input: FindRestockedVariantsStepInput, { container }) => {
    if (!input.variant_ids.length) return new StepResponse([] as VariantLabel[])
    const stock = await variantStock(container, input.variant_ids)
    const restocked: VariantLabel[] = stock
      .filter((v) => v.locations.reduce((sum, l) => sum + l.available, 0) > 0)
      .map((v) => ({
        variant_id: v.variant_id,
        product_title: v.product_title,
        variant_title: v.variant_title,
        sku: v.sku,
        product_handle: v.product_handle,
      }))
    return new StepResponse(restocked)
  }
)
