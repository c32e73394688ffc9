import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const assertProductsExistStepId = "assert-products-exist"

/** Guides link only to products the catalog has. */
export const assertProductsExistStep = createStep(assertProductsExistStepId, async (ids: string[], { container }) => {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new StepResponse(undefined)
  const products = await container.resolve(Modules.PRODUCT).listProducts({ id: unique }, { select: ["id"] })
  const found = new Set(products.map((p) => p.id))
  const missing = unique.filter((id) => !found.has(id))
  if (missing.length > 0) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product not found: ${missing.join(", ")}`)
  }
  return new StepResponse(undefined)
})
