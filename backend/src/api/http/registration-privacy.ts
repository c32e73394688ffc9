import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { readRegistrationToken, REGISTRATION_LINK_EXPIRED, REGISTRATION_LINK_INVALID } from "../../lib/registration-links"

/** Every refused admin registration gets this answer, whatever the reason. */
export const REGISTRATION_REFUSED = "We couldn't create an account with these details. If you already have one, please log in instead."
/** Medusa's customer registration without a registration link's token: the same for every address. */
export const CONFIRM_EMAIL_FIRST = "Confirm your email address first: ask for a registration link and open it from your inbox."
export const REGISTRATION_TOKEN_HEADER = "x-registration-token"
export const ACCOUNT_EXISTS = "You already have an account with this email address. Please log in instead."

// Medusa's emailpass provider reports an existing identity only as the text "Identity with email already exists" (no type or code).
const TAKEN = /already exists/i

/**
 * Medusa's `POST /auth/customer/emailpass/register` runs only with the token of a registration link emailed
 * to that same address (body `registration_token` or the X-Registration-Token header). Without one every
 * address gets the same 400, so the endpoint no longer tells who has an account; the token proves control of
 * the inbox, after which the answers may be plain.
 */
export function requireRegistrationToken(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as Record<string, unknown>
  const fromBody = body.registration_token
  const fromHeader = req.headers[REGISTRATION_TOKEN_HEADER]
  delete body.registration_token // Medusa's provider reads email and password only.
  const token = typeof fromBody === "string" && fromBody ? fromBody : typeof fromHeader === "string" ? fromHeader : ""
  if (!token) return next(new MedusaError(MedusaError.Types.INVALID_DATA, CONFIRM_EMAIL_FIRST))
  const check = readRegistrationToken(token.slice(0, 2000))
  if (!check.ok)
    return next(
      new MedusaError(MedusaError.Types.INVALID_DATA, check.reason === "expired" ? REGISTRATION_LINK_EXPIRED : REGISTRATION_LINK_INVALID)
    )
  const email = typeof body.email === "string" ? body.email.trim().toLowerCase() : ""
  if (email !== check.email) {
    return next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "This registration link was sent to another email address. Please register with the address it was sent to."
      )
    )
  }
  body.email = email
  const json = res.json.bind(res)
  res.json = (answer: unknown) => {
    const message = (answer as { message?: unknown } | null)?.message
    if (res.statusCode >= 400 && typeof message === "string" && TAKEN.test(message)) {
      res.status(409)
      return json({ type: "conflict", message: ACCOUNT_EXISTS })
    }
    return json(answer)
  }
  next()
}

/**
 * Medusa's `POST /auth/user/emailpass/register` answers "Identity with email already exists" for an address
 * that has an admin account; that message is replaced by the one every refused registration gets.
 */
export function hideTakenAdminAddresses(_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const json = res.json.bind(res)
  res.json = (body: unknown) => {
    const message = (body as { message?: unknown } | null)?.message
    if (res.statusCode >= 400 && typeof message === "string" && TAKEN.test(message)) {
      res.status(401)
      return json({ type: "unauthorized", message: REGISTRATION_REFUSED })
    }
    return json(body)
  }
  next()
}
