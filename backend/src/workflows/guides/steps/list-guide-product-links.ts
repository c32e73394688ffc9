import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import GuideProductLink from "@/links/guide-product"
import type { GuideProductLinkRow } from "@/lib/guides/link-plans"

export const listGuideProductLinksStepId = "list-guide-product-links"

/** Every guide link of the given products, the starting point for reordering them. */
export const listGuideProductLinksStep = createStep(listGuideProductLinksStepId, async (productIds: string[], { container }) => {
  const rows = await readGuideProductLinks(container.resolve(ContainerRegistrationKeys.QUERY), { product_id: productIds })
  return new StepResponse(rows)
})

type Query = { graph: (config: { entity: string; fields: string[]; filters: Record<string, unknown> }) => Promise<{ data: unknown[] }> }

export async function readGuideProductLinks(
  query: Query,
  filters: { product_id?: string[]; guide_id?: string[] }
): Promise<GuideProductLinkRow[]> {
  if (Object.values(filters).every((ids) => !ids || ids.length === 0)) return []
  const { data } = await query.graph({
    entity: GuideProductLink.entryPoint,
    fields: ["guide_id", "product_id", "position", "is_primary"],
    filters,
  })
  return (data as GuideProductLinkRow[]).map(({ guide_id, product_id, position, is_primary }) => ({
    guide_id,
    product_id,
    position: Number(position),
    is_primary: Boolean(is_primary),
  }))
}
