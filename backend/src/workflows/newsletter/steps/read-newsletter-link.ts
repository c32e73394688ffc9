import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { readEnv } from "../../../config/env"
import { readNewsletterToken, type NewsletterTokenPurpose } from "../../../modules/engagement/newsletter-tokens"

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

/** The address a newsletter link was made for; a 400 that says why when the link is not genuine or too old. */
export function addressFromToken(purpose: NewsletterTokenPurpose, token: string): string {
  const env = readEnv()
  // The current secret, then the ones it replaced: links emailed before a rotation keep working.
  const check = [env.NEWSLETTER_SECRET, ...env.NEWSLETTER_PREVIOUS_SECRETS]
    .map((secret) => readNewsletterToken(secret, purpose, token))
    .reduce((found, next) => (found.ok ? found : next.ok || found.reason === "invalid" ? next : found))
  if (!check.ok) throw new MedusaError(MedusaError.Types.INVALID_DATA, REFUSED[purpose][check.reason])
  return check.email
}

export function noSignUpFound(res: MedusaResponse) {
  res.status(404).json({ type: MedusaError.Types.NOT_FOUND, message: "There is no newsletter sign-up for this address. Please sign up again." })
}
