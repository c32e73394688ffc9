import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { unsubscribeFromNewsletterWorkflow } from "@/workflows/newsletter/unsubscribe-from-newsletter"
import type { StoreNewsletterTokenType } from "../validators"

/** POST /store/newsletter-subscriptions/unsubscribe: the reader leaves the list with an email's link. */
export const POST = async (req: MedusaStoreRequest<StoreNewsletterTokenType>, res: MedusaResponse) => {
  const { result } = await unsubscribeFromNewsletterWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ newsletter_subscription: { email: result.email, status: "unsubscribed" } })
}
