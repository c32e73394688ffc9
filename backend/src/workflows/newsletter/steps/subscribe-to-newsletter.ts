import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ENGAGEMENT_MODULE } from "@/modules/engagement"
import type EngagementModuleService from "@/modules/engagement/service"

export const subscribeToNewsletterStepId = "subscribe-to-newsletter"

export interface SubscribeToNewsletterStepInput {
  email: string
  source?: string
}

/**
 * Puts a new or returning reader on the list as "pending" (double opt-in). No compensation: the only step
 * after it, the confirmation email, never fails the workflow.
 */
export const subscribeToNewsletterStep = createStep(
  subscribeToNewsletterStepId,
  async (input: SubscribeToNewsletterStepInput, { container }) => {
    const engagement = container.resolve<EngagementModuleService>(ENGAGEMENT_MODULE)
    return new StepResponse(await engagement.subscribeToNewsletter(input))
  }
)
