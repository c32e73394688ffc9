import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { measureStockCoverStep, type MeasureStockCoverStepInput } from "./steps/measure-stock-cover"
import { recordLowStockCrossingsStep } from "./steps/record-low-stock-crossings"
import { notifyLowStockStep } from "./steps/notify-low-stock"

/** Measures days of cover, opens or clears alerts at each crossing, and tells the admins about the new ones. */
export const checkLowStockWorkflow = createWorkflow("check-low-stock", (input: MeasureStockCoverStepInput) => {
  const cover = measureStockCoverStep(input)
  const crossings = recordLowStockCrossingsStep({ cover })
  const alerts = transform({ crossings }, ({ crossings }) => ({ alerts: crossings.opened }))
  notifyLowStockStep(alerts)
  return new WorkflowResponse(crossings)
})

/** How long a check waits for another check of the same variant to finish. */
const LOCK_WAIT_SECONDS = 30

type LowStockCheck = { opened: { variant_id: string; alert_id: string }[]; cleared: string[] }
/** Checks waiting for their variant's lock in this process; they have not read anything yet. */
const waitingChecks = new Map<string, Promise<LowStockCheck>>()

/**
 * Checks variants after stock or demand moved. Checks of the same variant take turns, so one that read the stock
 * before an order cannot clear the alert another opened after it. A check still waiting for its turn reads the
 * stock when it gets it, so it answers for every change made meanwhile: a burst of orders (a renewal run) asks
 * for one more check, not one per order.
 */
export async function checkLowStock(container: MedusaContainer, variantIds: string[]) {
  const checks = await Promise.all([...new Set(variantIds)].map((id) => checkVariant(container, id)))
  return { opened: checks.flatMap((c) => c.opened), cleared: checks.flatMap((c) => c.cleared) }
}

function checkVariant(container: MedusaContainer, variantId: string): Promise<LowStockCheck> {
  const waiting = waitingChecks.get(variantId)
  if (waiting) return waiting
  const check: Promise<LowStockCheck> = container
    .resolve(Modules.LOCKING)
    .execute(
      `low-stock:${variantId}`,
      async () => {
        // From here on this check reads the stock; later changes need a check of their own.
        if (waitingChecks.get(variantId) === check) waitingChecks.delete(variantId)
        return (await checkLowStockWorkflow(container).run({ input: { variant_ids: [variantId] } })).result
      },
      { timeout: LOCK_WAIT_SECONDS }
    )
    .finally(() => {
      if (waitingChecks.get(variantId) === check) waitingChecks.delete(variantId)
    })
  waitingChecks.set(variantId, check)
  return check
}
