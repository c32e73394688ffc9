import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { lowStockCrossing } from "@biome/shared"
import { INVENTORY_ALERT_MODULE } from "@/modules/inventory-alert"
import type InventoryAlertModuleService from "@/modules/inventory-alert/service"
import type { StockCover } from "./measure-stock-cover"

export const recordLowStockCrossingsStepId = "record-low-stock-crossings"

export interface RecordLowStockCrossingsStepInput {
  cover: StockCover[]
}

export type OpenedLowStockAlert = StockCover & { alert_id: string; days_of_cover: number }

/**
 * Opens an alert for each variant that has just gone under its threshold and clears the alert of each that is
 * back over it. A variant still under keeps its open alert, so it is not announced again.
 */
export const recordLowStockCrossingsStep = createStep(
  recordLowStockCrossingsStepId,
  async (input: RecordLowStockCrossingsStepInput, { container }) => {
    const alerts = container.resolve<InventoryAlertModuleService>(INVENTORY_ALERT_MODULE)
    const open = new Map((await alerts.openAlertsFor(input.cover.map((c) => c.variant_id))).map((a) => [a.variant_id, a]))
    const opened: OpenedLowStockAlert[] = []
    const cleared: string[] = []
    for (const cover of input.cover) {
      const crossing = lowStockCrossing(cover.days_of_cover, cover.threshold_days, open.has(cover.variant_id))
      if (crossing === "alert") {
        const alert = await alerts.openLowStockAlert({
          variant_id: cover.variant_id,
          threshold_days: cover.threshold_days,
          days_of_cover: cover.days_of_cover!,
          available: cover.available,
          daily_demand: cover.daily_demand,
        })
        if (alert) opened.push({ ...cover, days_of_cover: cover.days_of_cover!, alert_id: alert.id })
      } else if (crossing === "clear") {
        cleared.push(open.get(cover.variant_id)!.id)
      }
    }
    if (cleared.length) await alerts.updateLowStockAlerts({ selector: { id: cleared }, data: { cleared_at: new Date() } })
    return new StepResponse({ opened, cleared }, { opened: opened.map((a) => a.alert_id), cleared })
  },
  async (ids, { container }) => {
    if (!ids) return
    const alerts = container.resolve<InventoryAlertModuleService>(INVENTORY_ALERT_MODULE)
    if (ids.opened.length) await alerts.deleteLowStockAlerts(ids.opened)
    if (ids.cleared.length) await alerts.updateLowStockAlerts({ selector: { id: ids.cleared }, data: { cleared_at: null } })
  }
)
