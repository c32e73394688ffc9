import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendRegistrationEmailLater, REGISTRATION_LINK_HOURS } from "@/lib/registration-links"
import type { StoreRegistrationRequestType } from "./validators"

export const REGISTRATION_REQUESTED = `Check your inbox: we've sent a link to finish creating your account. It works for ${REGISTRATION_LINK_HOURS} hours.`

/**
 * POST /store/registrations: the first step of creating an account. Every address gets the same 202, sent
 * before anything is looked up; a new address is then emailed the link that finishes the registration, and an
 * address with an account is emailed a note to log in. So the answer tells nobody who has an account.
 */
export const POST = async (req: MedusaRequest<StoreRegistrationRequestType>, res: MedusaResponse) => {
  const { email, next, order_id } = req.validatedBody
  res.status(202).json({ message: REGISTRATION_REQUESTED })
  sendRegistrationEmailLater(req.scope, { email, next, order_id })
}
