import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { SUBSCRIPTION_MODULE } from "@/modules/subscription"
import type SubscriptionModuleService from "@/modules/subscription/service"
import type { AdminSaveRenewalPolicyType } from "../validators"

/** GET /admin/subscriptions/settings: the renewal policy in force (the defaults until an admin saves one). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const subscriptions = req.scope.resolve<SubscriptionModuleService>(SUBSCRIPTION_MODULE)
  res.json({ settings: await subscriptions.getRenewalPolicy() })
}

/** POST /admin/subscriptions/settings: change retries, what follows the last failure, and reminders. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminSaveRenewalPolicyType>, res: MedusaResponse) => {
  const subscriptions = req.scope.resolve<SubscriptionModuleService>(SUBSCRIPTION_MODULE)
  res.json({ settings: await subscriptions.saveRenewalPolicy(req.validatedBody) })
}
