import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { sendNewsletterEmail, type NewsletterEmail } from "@/lib/newsletter-emails"

export const sendNewsletterEmailStepId = "send-newsletter-email"

export interface SendNewsletterEmailStepInput {
  template: NewsletterEmail
  to: { id: string; email: string }
  /** False when there is nothing to send (an address already on the list, a second confirmation). */
  send: boolean
}

/**
 * Sends a newsletter email. A failing mail server is logged, not thrown: the reader's sign-up or confirmation
 * stands, and signing up again after a few minutes sends the confirmation again.
 */
export const sendNewsletterEmailStep = createStep(sendNewsletterEmailStepId, async (input: SendNewsletterEmailStepInput, { container }) => {
  if (!input.send) return new StepResponse("skipped" as const)
  try {
    await sendNewsletterEmail(container, input.template, input.to)
    return new StepResponse("sent" as const)
  } catch (error) {
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    logger.error(`Newsletter ${input.template.replace("newsletter-", "")} email failed: ${(error as Error).message}`)
    return new StepResponse("failed" as const)
  }
})
