import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { confirmNewsletterSubscriptionWorkflow } from "@/workflows/newsletter/confirm-newsletter-subscription"
import type { StoreNewsletterTokenType } from "../validators"

/**
 * POST /store/newsletter-subscriptions/confirm: the reader confirms their address with the emailed token and
 * joins the list. Confirming twice is harmless; a reader who has since unsubscribed gets a 409.
 */
export const POST = async (req: MedusaStoreRequest<StoreNewsletterTokenType>, res: MedusaResponse) => {
  const { result } = await confirmNewsletterSubscriptionWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ newsletter_subscription: { email: result.email, status: "subscribed" } })
}
