import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVENTORY_ALERT_MODULE } from "@/modules/inventory-alert"
import type InventoryAlertModuleService from "@/modules/inventory-alert/service"

export const saveLowStockThresholdStepId = "save-low-stock-threshold"

type Previous = { id: string; previous_days: number | null }

export interface SaveLowStockThresholdStepInput {
  variant_id: string
  threshold_days: number
}

/** Sets a variant's own threshold in days of cover, replacing any earlier one. */
export const saveLowStockThresholdStep = createStep(
  saveLowStockThresholdStepId,
  async (input: SaveLowStockThresholdStepInput, { container }) => {
    const service = container.resolve<InventoryAlertModuleService>(INVENTORY_ALERT_MODULE)
    const [existing] = await service.listLowStockThresholds({ variant_id: input.variant_id }, { take: 1 })
    if (existing) {
      const saved = await service.updateLowStockThresholds({ id: existing.id, threshold_days: input.threshold_days })
      return new StepResponse(saved, { id: existing.id, previous_days: existing.threshold_days } as Previous)
    }
    const saved = await service.createLowStockThresholds(input)
    return new StepResponse(saved, { id: saved.id, previous_days: null } as Previous)
  },
  async (previous, { container }) => {
    if (!previous) return
    const service = container.resolve<InventoryAlertModuleService>(INVENTORY_ALERT_MODULE)
    if (previous.previous_days === null) await service.deleteLowStockThresholds(previous.id)
    else await service.updateLowStockThresholds({ id: previous.id, threshold_days: previous.previous_days })
  }
)
