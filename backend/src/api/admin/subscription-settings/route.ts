import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SUBSCRIPTION_MODULE } from "@/modules/subscription"
import type SubscriptionModuleService from "@/modules/subscription/service"
import type { AdminSaveSubscriptionSettingsType } from "./validators"

/** GET /admin/subscription-settings: the retention discount offered to customers about to cancel. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const subscriptions = req.scope.resolve<SubscriptionModuleService>(SUBSCRIPTION_MODULE)
  res.json({ settings: { retention_discount_percent: await subscriptions.getRetentionDiscountPercent() } })
}

/** POST /admin/subscription-settings: set that discount (0 switches the offer off). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSaveSubscriptionSettingsType>, res: MedusaResponse) => {
  const subscriptions = req.scope.resolve<SubscriptionModuleService>(SUBSCRIPTION_MODULE)
  const percent = await subscriptions.saveRetentionDiscountPercent(req.validatedBody.retention_discount_percent)
  res.json({ settings: { retention_discount_percent: percent } })
}
