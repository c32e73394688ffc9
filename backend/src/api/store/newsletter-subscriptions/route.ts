import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendNewsletterEmail } from "../../../lib/newsletter-emails"
import { ENGAGEMENT_MODULE } from "../../../modules/engagement"
import type EngagementModuleService from "../../../modules/engagement/service"
import type { StoreNewsletterSignUpType } from "./validators"

/**
 * POST /store/newsletter-subscriptions: a reader asks to join the newsletter. 201 the first time; signing up
 * again (any letter case) is harmless and answers 200 with the same entry. A new or returning reader is
 * "pending" and is emailed a link to confirm the address (double opt-in).
 */
export const POST = async (req: MedusaStoreRequest<StoreNewsletterSignUpType>, res: MedusaResponse) => {
  const engagement = req.scope.resolve<EngagementModuleService>(ENGAGEMENT_MODULE)
  const { subscription, created, send_confirmation } = await engagement.subscribeToNewsletter(req.validatedBody)
  if (send_confirmation) {
    try {
      await sendNewsletterEmail(req.scope, "newsletter-confirmation", subscription)
    } catch (error) {
      // The sign-up is kept; signing up again after a few minutes sends the email again.
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Newsletter confirmation email failed: ${(error as Error).message}`)
    }
  }
  // Only what the form needs: the public endpoint says nothing more about who is on the list.
  res.status(created ? 201 : 200).json({ newsletter_subscription: { email: subscription.email, status: subscription.status } })
}
