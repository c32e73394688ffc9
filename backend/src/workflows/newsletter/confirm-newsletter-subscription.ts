import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { confirmNewsletterSubscriptionStep } from "./steps/confirm-newsletter-subscription"
import { readNewsletterLinkStep } from "./steps/read-newsletter-link"
import { sendNewsletterEmailStep } from "./steps/send-newsletter-email"

/** The reader opens the emailed confirmation link and joins the list (double opt-in); the first time, a welcome email. */
export const confirmNewsletterSubscriptionWorkflow = createWorkflow("confirm-newsletter-subscription", (input: { token: string }) => {
  const link = transform({ input }, ({ input }) => ({ purpose: "confirm" as const, token: input.token }))
  const confirmation = confirmNewsletterSubscriptionStep(readNewsletterLinkStep(link))
  const email = transform({ confirmation }, ({ confirmation }) => ({
    template: "newsletter-welcome" as const,
    to: confirmation.subscription,
    send: confirmation.newly_confirmed,
  }))
  sendNewsletterEmailStep(email)
  return new WorkflowResponse(confirmation.subscription)
})
