import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ENGAGEMENT_MODULE } from "../../../../modules/engagement"
import type EngagementModuleService from "../../../../modules/engagement/service"
import { addressFromToken, noSignUpFound } from "../token"
import type { StoreNewsletterTokenType } from "../validators"

/** POST /store/newsletter-subscriptions/unsubscribe: the reader leaves the list with an email's link. */
export const POST = async (req: MedusaStoreRequest<StoreNewsletterTokenType>, res: MedusaResponse) => {
  const email = addressFromToken("unsubscribe", req.validatedBody.token)
  const subscription = await req.scope.resolve<EngagementModuleService>(ENGAGEMENT_MODULE).unsubscribeFromNewsletter(email)
  if (!subscription) return noSignUpFound(res)
  res.json({ newsletter_subscription: { email: subscription.email, status: "unsubscribed" } })
}
