import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"

export const assertStockTrackedVariantStepId = "assert-stock-tracked-variant"

export interface AssertStockTrackedVariantStepInput {
  variant_id: string
}

/** The variant must exist and have its stock tracked: an untracked variant is never out of stock, nor short. */
export const assertStockTrackedVariantStep = createStep(
  assertStockTrackedVariantStepId,
  async (input: AssertStockTrackedVariantStepInput, { container }) => {
    await assertStockTrackedVariant(container, input.variant_id)
    return new StepResponse(undefined)
  }
)

export async function assertStockTrackedVariant(container: MedusaContainer, variantId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_variant", fields: ["id", "manage_inventory"], filters: { id: variantId } })
  const variant = data[0] as { id: string; manage_inventory: boolean } | undefined
  if (!variant) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${variantId} was not found`)
  if (!variant.manage_inventory) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Variant ${variantId} does not track stock, so it is never out of stock`)
  }
}
