import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { readRegistrationToken, REGISTRATION_LINK_EXPIRED, REGISTRATION_LINK_INVALID } from "@/lib/registration-links"
import type { StoreRegistrationTokenType } from "../validators"

/**
 * POST /store/registrations/verify: what a registration link is for (its address, where to continue, a guest
 * order to keep), so the storefront can ask for a name and password, or say the link has expired.
 */
export const POST = async (req: MedusaRequest<StoreRegistrationTokenType>, res: MedusaResponse) => {
  const check = readRegistrationToken(req.validatedBody.token)
  if (!check.ok) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      check.reason === "expired" ? REGISTRATION_LINK_EXPIRED : REGISTRATION_LINK_INVALID
    )
  }
  res.json({ registration: { email: check.email, next: check.next, order_id: check.order_id } })
}
