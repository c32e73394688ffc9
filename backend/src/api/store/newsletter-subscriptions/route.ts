import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendNewsletterEmail } from "../../../lib/newsletter-emails"
import { ENGAGEMENT_MODULE } from "../../../modules/engagement"
import type EngagementModuleService from "../../../modules/engagement/service"
import type { StoreNewsletterSignUpType } from "./validators"

export const NEWSLETTER_SIGN_UP_ANSWER = "Thank you. Unless this address is already on the list, we have emailed a link to confirm it."

/**
 * POST /store/newsletter-subscriptions: a reader asks to join the newsletter. A new or returning reader is
 * "pending" and is emailed a link to confirm the address (double opt-in). The answer is the same 202 whether
 * the address is new, pending or already on the list, so it tells nobody who is subscribed.
 */
export const POST = async (req: MedusaStoreRequest<StoreNewsletterSignUpType>, res: MedusaResponse) => {
  const engagement = req.scope.resolve<EngagementModuleService>(ENGAGEMENT_MODULE)
  const { subscription, send_confirmation } = await engagement.subscribeToNewsletter(req.validatedBody)
  if (send_confirmation) {
    try {
      await sendNewsletterEmail(req.scope, "newsletter-confirmation", subscription)
    } catch (error) {
      // The sign-up is kept; signing up again after a few minutes sends the email again.
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Newsletter confirmation email failed: ${(error as Error).message}`)
    }
  }
  res.status(202).json({ message: NEWSLETTER_SIGN_UP_ANSWER })
}
