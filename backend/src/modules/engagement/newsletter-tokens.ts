import { DAY_MS } from "@biome/shared"
import { readRotatedToken, signToken } from "../../lib/signed-token"

/**
 * Signed links for the newsletter's emails: "confirm" proves the reader owns the address (double opt-in) and
 * lasts a week; "unsubscribe" lets them leave the list from any email and does not expire. A token is the
 * base64url payload and its HMAC, so no row has to store it.
 */
export type NewsletterTokenPurpose = "confirm" | "unsubscribe"

export const CONFIRMATION_LINK_DAYS = 7

interface Payload {
  /** The address, as stored (lowercased). */
  e: string
  p: NewsletterTokenPurpose
  /** Expiry, ms since the epoch; absent for links that never expire. */
  x?: number
}

export function newsletterToken(secret: string, purpose: NewsletterTokenPurpose, email: string, now = new Date()): string {
  const payload: Payload = {
    e: email,
    p: purpose,
    ...(purpose === "confirm" ? { x: now.getTime() + CONFIRMATION_LINK_DAYS * DAY_MS } : {}),
  }
  return signToken("newsletter", secret, payload)
}

export type TokenCheck = { ok: true; email: string } | { ok: false; reason: "invalid" | "expired" }

/**
 * The address a token was made for, if it is genuine, for this purpose, and not expired; read with the current
 * secret and those it replaced, so links emailed before a rotation keep working.
 */
export function readNewsletterToken(
  secrets: string | string[],
  purpose: NewsletterTokenPurpose,
  token: string,
  now = new Date()
): TokenCheck {
  const check = readRotatedToken(
    "newsletter",
    typeof secrets === "string" ? [secrets] : secrets,
    token,
    now,
    (payload) => (payload.p === purpose && typeof payload.e === "string" ? payload.e : null),
    { expiry: "optional" }
  )
  return check.ok ? { ok: true, email: check.value } : check
}
