import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ENGAGEMENT_MODULE } from "../../../modules/engagement"
import type EngagementModuleService from "../../../modules/engagement/service"
import type { StoreNewsletterSignUpType } from "./validators"

/**
 * POST /store/newsletter-subscriptions: a reader joins the newsletter. 201 the first time; signing up again
 * (any letter case) is harmless and answers 200 with the same entry.
 */
export const POST = async (req: MedusaStoreRequest<StoreNewsletterSignUpType>, res: MedusaResponse) => {
  const engagement = req.scope.resolve<EngagementModuleService>(ENGAGEMENT_MODULE)
  const { subscription, created } = await engagement.subscribeToNewsletter(req.validatedBody)
  // Only what the form needs: the public endpoint says nothing more about who is on the list.
  res.status(created ? 201 : 200).json({ newsletter_subscription: { email: subscription.email, status: subscription.status } })
}
