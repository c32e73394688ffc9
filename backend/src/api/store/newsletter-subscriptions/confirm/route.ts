import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { sendNewsletterEmail } from "../../../../lib/newsletter-emails"
import { ENGAGEMENT_MODULE } from "../../../../modules/engagement"
import type EngagementModuleService from "../../../../modules/engagement/service"
import { addressFromToken, noSignUpFound } from "../token"
import type { StoreNewsletterTokenType } from "../validators"

/**
 * POST /store/newsletter-subscriptions/confirm: the reader confirms their address with the emailed token and
 * joins the list (double opt-in). Confirming twice is harmless; a reader who has since unsubscribed gets a 409.
 */
export const POST = async (req: MedusaStoreRequest<StoreNewsletterTokenType>, res: MedusaResponse) => {
  const email = addressFromToken("confirm", req.validatedBody.token)
  const engagement = req.scope.resolve<EngagementModuleService>(ENGAGEMENT_MODULE)
  const result = await engagement.confirmNewsletterSubscription(email)
  if (result.outcome === "not_found") return noSignUpFound(res)
  if (result.outcome === "unsubscribed") {
    res.status(409).json({
      type: MedusaError.Types.CONFLICT,
      message: "This address left the newsletter after this link was sent. To join again, please sign up again.",
    })
    return
  }
  if (result.outcome === "confirmed") {
    try {
      await sendNewsletterEmail(req.scope, "newsletter-welcome", result.subscription)
    } catch (error) {
      req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Newsletter welcome email failed: ${(error as Error).message}`)
    }
  }
  res.json({ newsletter_subscription: { email: result.subscription.email, status: "subscribed" } })
}
