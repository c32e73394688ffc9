import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { parseSubscriptionOffer } from "@biome/shared"
import type { SubscriptionOffer } from "@biome/shared"

export const loadSubscriptionProductStepId = "load-subscription-product"

export type LoadSubscriptionProductStepInput = { product_id: string }

export interface SubscriptionProduct {
  title: string
  offer: SubscriptionOffer
  variant_ids: string[]
}

/** What a change is checked against: the product's subscribe-and-save offer and the variants it sells today. */
export const loadSubscriptionProductStep = createStep(
  loadSubscriptionProductStepId,
  async ({ product_id }: LoadSubscriptionProductStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product",
      fields: ["id", "title", "metadata", "variants.id"],
      filters: { id: product_id },
    })
    const product = data[0]
    const result: SubscriptionProduct = {
      title: product?.title ?? "This product",
      offer: parseSubscriptionOffer(product?.metadata?.subscription),
      variant_ids: (product?.variants ?? []).flatMap((v) => (v?.id ? [v.id] : [])),
    }
    return new StepResponse(result)
  }
)
