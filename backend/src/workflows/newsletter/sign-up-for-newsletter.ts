import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNewsletterEmailStep } from "./steps/send-newsletter-email"
import { subscribeToNewsletterStep, type SubscribeToNewsletterStepInput } from "./steps/subscribe-to-newsletter"

/** A reader asks to join the newsletter: they are "pending" and emailed a link to confirm the address. */
export const signUpForNewsletterWorkflow = createWorkflow("sign-up-for-newsletter", (input: SubscribeToNewsletterStepInput) => {
  const signUp = subscribeToNewsletterStep(input)
  const email = transform({ signUp }, ({ signUp }) => ({
    template: "newsletter-confirmation" as const,
    to: signUp.subscription,
    send: signUp.send_confirmation,
  }))
  sendNewsletterEmailStep(email)
  return new WorkflowResponse(signUp.subscription)
})
