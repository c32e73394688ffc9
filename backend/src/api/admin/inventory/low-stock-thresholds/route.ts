import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { DEFAULT_LOW_STOCK_THRESHOLD_DAYS } from "@biome/shared"
import { INVENTORY_ALERT_MODULE } from "@/modules/inventory-alert"
import type InventoryAlertModuleService from "@/modules/inventory-alert/service"
import { setLowStockThresholdWorkflow } from "@/workflows/inventory/set-low-stock-threshold"
import type { AdminListLowStockThresholdsType, AdminSaveLowStockThresholdType } from "../validators"

const view = (t: { id: string; variant_id: string; threshold_days: number; updated_at: Date | string }) => ({
  id: t.id,
  variant_id: t.variant_id,
  threshold_days: t.threshold_days,
  updated_at: t.updated_at,
})

/** GET /admin/inventory/low-stock-thresholds[?variant_id=]: the thresholds admins have set, and the default for the rest. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListLowStockThresholdsType>, res: MedusaResponse) => {
  const service = req.scope.resolve<InventoryAlertModuleService>(INVENTORY_ALERT_MODULE)
  const { variant_id } = req.validatedQuery
  const thresholds = await service.listLowStockThresholds(variant_id ? { variant_id } : {}, { order: { updated_at: "DESC" } })
  res.json({ low_stock_thresholds: thresholds.map(view), default_threshold_days: DEFAULT_LOW_STOCK_THRESHOLD_DAYS })
}

/** POST /admin/inventory/low-stock-thresholds: a variant's threshold in days of cover, replacing any earlier one. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSaveLowStockThresholdType>, res: MedusaResponse) => {
  const { result } = await setLowStockThresholdWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ low_stock_threshold: view(result) })
}
