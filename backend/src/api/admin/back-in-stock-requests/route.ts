import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { INVENTORY_ALERT_MODULE } from "@/modules/inventory-alert"
import type InventoryAlertModuleService from "@/modules/inventory-alert/service"
import type { AdminListBackInStockRequestsType } from "./validators"

/** GET /admin/back-in-stock-requests[?variant_id=&status=]: who is waiting for what, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListBackInStockRequestsType>, res: MedusaResponse) => {
  const { limit, offset, variant_id, status } = req.validatedQuery
  const service = req.scope.resolve<InventoryAlertModuleService>(INVENTORY_ALERT_MODULE)
  const [requests, count] = await service.listAndCountBackInStockRequests(
    { ...(variant_id ? { variant_id } : {}), ...(status ? { status } : {}) },
    { take: limit, skip: offset, order: { created_at: "DESC" } }
  )
  res.json({ back_in_stock_requests: requests, count, limit, offset })
}
