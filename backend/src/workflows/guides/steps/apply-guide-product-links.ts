import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GUIDE_MODULE } from "@/modules/guide"
import type { GuideProductLinkPlan, GuideProductLinkRow } from "@/lib/guides/link-plans"
import { readGuideProductLinks } from "./list-guide-product-links"

export const applyGuideProductLinksStepId = "apply-guide-product-links"

const pair = (row: { guide_id: string; product_id: string }) => ({
  [GUIDE_MODULE]: { guide_id: row.guide_id },
  [Modules.PRODUCT]: { product_id: row.product_id },
})
const definition = (row: GuideProductLinkRow) => ({ ...pair(row), data: { position: row.position, is_primary: row.is_primary } })
const key = (row: { guide_id: string; product_id: string }) => `${row.guide_id}|${row.product_id}`

/**
 * Links, reorders and unlinks guides and products as planned. Compensation unlinks what was new and
 * writes back the links as they were.
 */
export const applyGuideProductLinksStep = createStep(
  applyGuideProductLinksStepId,
  async (plan: GuideProductLinkPlan, { container }) => {
    const touched = [...plan.upsert, ...plan.dismiss]
    if (touched.length === 0) return new StepResponse(plan, { created: [], previous: [] })
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const touchedKeys = new Set(touched.map(key))
    const before = await readGuideProductLinks(container.resolve(ContainerRegistrationKeys.QUERY), {
      product_id: [...new Set(touched.map((r) => r.product_id))],
    })
    const previous = before.filter((row) => touchedKeys.has(key(row)))
    const existed = new Set(previous.map(key))
    if (plan.dismiss.length > 0) await link.dismiss(plan.dismiss.map(pair))
    if (plan.upsert.length > 0) await link.create(plan.upsert.map(definition))
    const created = plan.upsert.filter((row) => !existed.has(key(row))).map(({ guide_id, product_id }) => ({ guide_id, product_id }))
    return new StepResponse(plan, { created, previous })
  },
  async (undo, { container }) => {
    if (!undo) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (undo.created.length > 0) await link.dismiss(undo.created.map(pair))
    if (undo.previous.length > 0) await link.create(undo.previous.map(definition))
  }
)
