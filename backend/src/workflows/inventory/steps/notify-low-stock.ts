import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readEnv } from "@/config/env"
import { sendEmails } from "@/emails"
import { lowStockAlert } from "@/emails/templates/inventory"
import { INVENTORY_ALERT_MODULE } from "@/modules/inventory-alert"
import type InventoryAlertModuleService from "@/modules/inventory-alert/service"
import type { OpenedLowStockAlert } from "./record-low-stock-crossings"

export const notifyLowStockStepId = "notify-low-stock"

export interface NotifyLowStockStepInput {
  alerts: OpenedLowStockAlert[]
}

/** Emails the admins once per newly opened alert; last in its workflow, since a sent email cannot be recalled. */
export const notifyLowStockStep = createStep(notifyLowStockStepId, async (input: NotifyLowStockStepInput, { container }) => {
  if (!input.alerts.length) return new StepResponse(undefined)
  const alerts = container.resolve<InventoryAlertModuleService>(INVENTORY_ALERT_MODULE)
  const forecastUrl = `${readEnv().MEDUSA_BACKEND_URL.replace(/\/$/, "")}/app/subscription-forecast`
  await sendEmails(
    container,
    input.alerts.map((alert) => ({
      to: alerts.alertEmail,
      template: "low-stock-alert",
      // The alert id makes a retried step send nothing new.
      idempotency_key: `low-stock-alert:${alert.alert_id}`,
      data: { ...alert },
      document: lowStockAlert(alert, alert, forecastUrl),
      resource_id: alert.variant_id,
      resource_type: "product_variant",
    }))
  )
  await alerts.updateLowStockAlerts({ selector: { id: input.alerts.map((a) => a.alert_id) }, data: { notified_at: new Date() } })
  return new StepResponse(undefined)
})
