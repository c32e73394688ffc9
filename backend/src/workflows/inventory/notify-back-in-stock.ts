import type { MedusaContainer } from "@medusajs/framework/types"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { INVENTORY_ALERT_MODULE } from "../../modules/inventory-alert"
import type InventoryAlertModuleService from "../../modules/inventory-alert/service"
import { findRestockedVariantsStep, type FindRestockedVariantsStepInput } from "./steps/find-restocked-variants"
import { claimBackInStockRequestsStep } from "./steps/claim-back-in-stock-requests"
import { sendBackInStockEmailsStep } from "./steps/send-back-in-stock-emails"

/** Each waiting requester of a variant that is available again gets one email, and their request is done. */
export const notifyBackInStockWorkflow = createWorkflow("notify-back-in-stock", (input: FindRestockedVariantsStepInput) => {
  const variants = findRestockedVariantsStep(input)
  const restockedIds = transform({ variants }, ({ variants }) => ({ variant_ids: variants.map((v) => v.variant_id) }))
  const requests = claimBackInStockRequestsStep(restockedIds)
  sendBackInStockEmailsStep({ requests, variants })
  return new WorkflowResponse(requests)
})

/** Runs the workflow only for variants someone is waiting for, so ordinary stock moves cost one small query. */
export async function notifyBackInStock(container: MedusaContainer, variantIds: string[]) {
  const service = container.resolve<InventoryAlertModuleService>(INVENTORY_ALERT_MODULE)
  const ids = [...new Set(variantIds)]
  if (!ids.length) return []
  const waiting = await service.listBackInStockRequests({ variant_id: ids, status: "waiting" }, { select: ["variant_id"] })
  const watched = [...new Set(waiting.map((r) => r.variant_id))]
  if (!watched.length) return []
  const { result } = await notifyBackInStockWorkflow(container).run({ input: { variant_ids: watched } })
  return result
}
