import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ENGAGEMENT_MODULE } from "@/modules/engagement"
import type EngagementModuleService from "@/modules/engagement/service"

export const unsubscribeFromNewsletterStepId = "unsubscribe-from-newsletter"

export const NO_SIGN_UP_FOUND = "There is no newsletter sign-up for this address. Please sign up again."

/** Takes the address off the list (leaving twice is harmless); an address never signed up is NOT_FOUND. */
export const unsubscribeFromNewsletterStep = createStep(unsubscribeFromNewsletterStepId, async (email: string, { container }) => {
  const subscription = await container.resolve<EngagementModuleService>(ENGAGEMENT_MODULE).unsubscribeFromNewsletter(email)
  if (!subscription) throw new MedusaError(MedusaError.Types.NOT_FOUND, NO_SIGN_UP_FOUND)
  return new StepResponse(subscription)
})
