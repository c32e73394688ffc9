import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { INVENTORY_ALERT_MODULE } from "@/modules/inventory-alert"
import type InventoryAlertModuleService from "@/modules/inventory-alert/service"

export const createBackInStockRequestStepId = "create-back-in-stock-request"

export interface CreateBackInStockRequestStepInput {
  variant_id: string
  email: string
  customer_id?: string | null
}

/** Records a shopper's "notify me"; asking again while a request waits returns that request instead. */
export const createBackInStockRequestStep = createStep(
  createBackInStockRequestStepId,
  async (input: CreateBackInStockRequestStepInput, { container }) => {
    const service = container.resolve<InventoryAlertModuleService>(INVENTORY_ALERT_MODULE)
    const result = await service.requestBackInStock(input)
    return new StepResponse(result, result.created ? result.request.id : null)
  },
  async (createdId, { container }) => {
    if (!createdId) return
    await container.resolve<InventoryAlertModuleService>(INVENTORY_ALERT_MODULE).deleteBackInStockRequests(createdId)
  }
)
