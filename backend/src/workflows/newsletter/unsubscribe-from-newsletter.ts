import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { readNewsletterLinkStep } from "./steps/read-newsletter-link"
import { unsubscribeFromNewsletterStep } from "./steps/unsubscribe-from-newsletter"

/** The reader leaves the list with the link every newsletter email carries. */
export const unsubscribeFromNewsletterWorkflow = createWorkflow("unsubscribe-from-newsletter", (input: { token: string }) => {
  const link = transform({ input }, ({ input }) => ({ purpose: "unsubscribe" as const, token: input.token }))
  return new WorkflowResponse(unsubscribeFromNewsletterStep(readNewsletterLinkStep(link)))
})
