import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONFLICT_WITH_REASON } from "@/lib/error-codes"
import { ENGAGEMENT_MODULE } from "@/modules/engagement"
import type EngagementModuleService from "@/modules/engagement/service"
import { NO_SIGN_UP_FOUND } from "./unsubscribe-from-newsletter"

export const confirmNewsletterSubscriptionStepId = "confirm-newsletter-subscription"

/**
 * Confirms the address a link was sent to; confirming twice is harmless. A reader who left the list since is
 * refused (CONFLICT). No compensation: the only step after it, the welcome email, never fails the workflow.
 */
export const confirmNewsletterSubscriptionStep = createStep(confirmNewsletterSubscriptionStepId, async (email: string, { container }) => {
  const result = await container.resolve<EngagementModuleService>(ENGAGEMENT_MODULE).confirmNewsletterSubscription(email)
  if (result.outcome === "not_found") throw new MedusaError(MedusaError.Types.NOT_FOUND, NO_SIGN_UP_FOUND)
  if (result.outcome === "unsubscribed") {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      "This address left the newsletter after this link was sent. To join again, please sign up again.",
      CONFLICT_WITH_REASON
    )
  }
  return new StepResponse({ subscription: result.subscription, newly_confirmed: result.outcome === "confirmed" })
})
