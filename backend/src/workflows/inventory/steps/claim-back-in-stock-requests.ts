import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVENTORY_ALERT_MODULE } from "@/modules/inventory-alert"
import type InventoryAlertModuleService from "@/modules/inventory-alert/service"

export const claimBackInStockRequestsStepId = "claim-back-in-stock-requests"

export interface ClaimBackInStockRequestsStepInput {
  variant_ids: string[]
}

/** Marks the waiting requests of restocked variants as notified, so no other restock notifies them again. */
export const claimBackInStockRequestsStep = createStep(
  claimBackInStockRequestsStepId,
  async (input: ClaimBackInStockRequestsStepInput, { container }) => {
    const service = container.resolve<InventoryAlertModuleService>(INVENTORY_ALERT_MODULE)
    const claimed = await service.claimWaitingRequests(input.variant_ids)
    return new StepResponse(
      claimed,
      claimed.map((r) => r.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<InventoryAlertModuleService>(INVENTORY_ALERT_MODULE).releaseClaimedRequests(ids)
  }
)
