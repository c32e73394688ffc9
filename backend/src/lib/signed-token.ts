import { createHmac, timingSafeEqual } from "node:crypto"

/**
 * Tokens for the links in the shop's emails: a base64url JSON payload and its HMAC-SHA256, keyed by the
 * secret and the token's kind (so a newsletter token never passes as a back-in-stock one). No row stores them.
 */
const sign = (kind: string, secret: string, body: string) => createHmac("sha256", `${kind}:${secret}`).update(body).digest("base64url")

export function signToken(kind: string, secret: string, payload: object): string {
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url")
  return `${body}.${sign(kind, secret, body)}`
}

/** The payload of a genuine token of this kind, or null when it is malformed or its signature is not ours. */
export function readSignedToken(kind: string, secret: string, token: string): Record<string, unknown> | null {
  const [body, signature, ...rest] = token.split(".")
  if (!body || !signature || rest.length > 0) return null
  const expected = Buffer.from(sign(kind, secret, body))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  try {
    const payload: unknown = JSON.parse(Buffer.from(body, "base64url").toString("utf8"))
    return payload && typeof payload === "object" && !Array.isArray(payload) ? (payload as Record<string, unknown>) : null
  } catch {
    return null
  }
}

export type SignedTokenCheck<T> = { ok: true; value: T } | { ok: false; reason: "invalid" | "expired" }

/**
 * A link's token read with every secret that may have signed it (the current one, then those it replaced, so
 * links emailed before a rotation keep working): genuine and in date wins, then genuine but expired, else
 * invalid. `decode` gives the link's value, or null when the payload is not of its shape; the payload's `x` is
 * its expiry (ms since the epoch), required unless `expiry` is "optional" (a link that may never expire).
 */
export function readRotatedToken<T>(
  kind: string,
  secrets: string[],
  token: string,
  now: Date,
  decode: (payload: Record<string, unknown>) => T | null,
  { expiry = "required" }: { expiry?: "required" | "optional" } = {}
): SignedTokenCheck<T> {
  let expired = false
  for (const secret of secrets) {
    const payload = readSignedToken(kind, secret, token)
    const dated = typeof payload?.x === "number" || (expiry === "optional" && payload?.x === undefined)
    const value = payload && dated ? decode(payload) : null
    if (!payload || value === null) continue
    if (typeof payload.x === "number" && now.getTime() > payload.x) expired = true
    else return { ok: true, value }
  }
  return { ok: false, reason: expired ? "expired" : "invalid" }
}
