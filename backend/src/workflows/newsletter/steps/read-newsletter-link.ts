import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readEnv } from "@/config/env"
import { readNewsletterToken, type NewsletterTokenPurpose } from "@/modules/engagement/newsletter-tokens"

export const readNewsletterLinkStepId = "read-newsletter-link"

export interface ReadNewsletterLinkStepInput {
  purpose: NewsletterTokenPurpose
  token: string
}

const REFUSED: Record<NewsletterTokenPurpose, Record<"invalid" | "expired", string>> = {
  confirm: {
    invalid: "This confirmation link is not valid. Please copy the whole link from the email, or sign up again.",
    expired: "This confirmation link has expired. Please sign up again to get a new one.",
  },
  unsubscribe: {
    invalid: "This unsubscribe link is not valid. Please copy the whole link from the email.",
    expired: "This unsubscribe link has expired.",
  },
}

/** The address a newsletter link was made for; INVALID_DATA that says why when the link is not genuine or too old. */
export function addressFromToken(purpose: NewsletterTokenPurpose, token: string): string {
  const env = readEnv()
  const check = readNewsletterToken([env.NEWSLETTER_SECRET, ...env.NEWSLETTER_PREVIOUS_SECRETS], purpose, token)
  if (!check.ok) throw new MedusaError(MedusaError.Types.INVALID_DATA, REFUSED[purpose][check.reason])
  return check.email
}

export const readNewsletterLinkStep = createStep(readNewsletterLinkStepId, async (input: ReadNewsletterLinkStepInput) => {
  return new StepResponse(addressFromToken(input.purpose, input.token))
})
