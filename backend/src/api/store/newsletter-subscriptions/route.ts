import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { signUpForNewsletterWorkflow } from "@/workflows/newsletter/sign-up-for-newsletter"
import type { StoreNewsletterSignUpType } from "./validators"

export const NEWSLETTER_SIGN_UP_ANSWER = "Thank you. Unless this address is already on the list, we have emailed a link to confirm it."

/**
 * POST /store/newsletter-subscriptions: a reader asks to join the newsletter (double opt-in). The answer is
 * the same 202 whether the address is new, pending or already on the list, so it tells nobody who is subscribed.
 */
export const POST = async (req: MedusaStoreRequest<StoreNewsletterSignUpType>, res: MedusaResponse) => {
  await signUpForNewsletterWorkflow(req.scope).run({ input: req.validatedBody })
  res.status(202).json({ message: NEWSLETTER_SIGN_UP_ANSWER })
}
