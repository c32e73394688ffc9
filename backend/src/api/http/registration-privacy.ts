import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendEmail } from "../../emails"
import { registrationAttempt } from "../../emails/templates/account"
import { storefrontUrl } from "../../lib/storefront-url"

/** Every refused registration gets this answer, whatever the reason. */
export const REGISTRATION_REFUSED = "We couldn't create an account with these details. If you already have one, please log in instead."

const TAKEN = /already exists/i

/**
 * Medusa's `POST /auth/<actor>/emailpass/register` answers "Identity with email already exists" for an address that
 * has an account. That message is replaced by the one every refused registration gets, and a customer's
 * address owner is emailed instead, so the form cannot be used to find out who shops here.
 */
export function hideTakenAddresses(actor: "customer" | "user") {
  return function hideTakenAddress(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
    const json = res.json.bind(res)
    res.json = (body: unknown) => {
      const message = (body as { message?: unknown } | null)?.message
      if (res.statusCode >= 400 && typeof message === "string" && TAKEN.test(message)) {
        const email = (req.body as { email?: unknown } | undefined)?.email
        if (actor === "customer" && typeof email === "string") tellOwner(req, email.trim().toLowerCase())
        res.status(401)
        return json({ type: "unauthorized", message: REGISTRATION_REFUSED })
      }
      return json(body)
    }
    next()
  }
}

/** In the background, so the refusal takes no longer for a taken address than for any other. */
function tellOwner(req: MedusaRequest, email: string) {
  sendEmail(req.scope, {
    to: email,
    template: "registration-attempt",
    document: registrationAttempt(storefrontUrl("/account/login")),
    data: { reason: "address already registered" },
  }).catch((error: Error) => req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Registration notice email failed: ${error.message}`))
}
