import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { readEnv } from "../config/env"
import { sendEmail } from "../emails"
import { registrationAttempt, registrationLink } from "../emails/templates/account"
import { readRotatedToken, signToken } from "./signed-token"
import { storefrontUrl } from "./storefront-url"

/**
 * A new account is made only from the link emailed to its address: the link's signed token names the address
 * (and where to continue, and a guest order to keep), so holding it proves control of the inbox. Signed with
 * the secret of the shop's email links (NEWSLETTER_SECRET, previous ones still accepted); nothing is stored.
 */
export const REGISTRATION_LINK_HOURS = 24
export const REGISTRATION_LINK_EXPIRED = "This link has expired. Please ask for a new one: it takes a minute."
export const REGISTRATION_LINK_INVALID = "This link is not valid. Please ask for a new one, and open the newest email we sent."
const HOUR_MS = 60 * 60 * 1000

interface Payload {
  e: string
  x: number
  n?: string
  o?: string
}

export interface RegistrationRequest {
  email: string
  /** A path on the storefront to continue to once the account exists. */
  next?: string | undefined
  /** A guest order, placed with this address, for the new account to keep. */
  order_id?: string | undefined
}

export function registrationToken(secret: string, request: RegistrationRequest, now = new Date()): string {
  const payload: Payload = {
    e: request.email.trim().toLowerCase(),
    x: now.getTime() + REGISTRATION_LINK_HOURS * HOUR_MS,
    ...(request.next ? { n: request.next } : {}),
    ...(request.order_id ? { o: request.order_id } : {}),
  }
  return signToken("registration", secret, payload)
}

export type RegistrationTokenCheck =
  | { ok: true; email: string; next: string | null; order_id: string | null }
  | { ok: false; reason: "invalid" | "expired" }

/** What a registration token carries, checked against the current secret and the ones it replaced. */
export function readRegistrationToken(token: string, now = new Date()): RegistrationTokenCheck {
  const env = readEnv()
  const check = readRotatedToken("registration", [env.NEWSLETTER_SECRET, ...env.NEWSLETTER_PREVIOUS_SECRETS], token, now, (p) =>
    typeof p.e === "string"
      ? { email: p.e, next: typeof p.n === "string" ? p.n : null, order_id: typeof p.o === "string" ? p.o : null }
      : null
  )
  return check.ok ? { ok: true, ...check.value } : check
}

/** The storefront page a registration link opens. */
export function registrationUrl(request: RegistrationRequest, now = new Date()): string {
  return `${storefrontUrl("/account/register")}?token=${registrationToken(readEnv().NEWSLETTER_SECRET, request, now)}`
}

/** Whether the address already has a customer account, or a login Medusa would refuse to register again. */
async function hasAccount(container: MedusaContainer, email: string): Promise<boolean> {
  const [customers, identities] = await Promise.all([
    container.resolve(Modules.CUSTOMER).listCustomers({ email, has_account: true }, { select: ["id"], take: 1 }),
    container.resolve(Modules.AUTH).listProviderIdentities({ entity_id: email, provider: "emailpass" }, { select: ["id"], take: 1 }),
  ])
  return customers.length > 0 || identities.length > 0
}

/**
 * Emails the address the link that finishes its registration, or, when it already has an account, a note to
 * its owner to log in instead. The notification record holds no token: the link lives in the email alone.
 */
export async function sendRegistrationEmail(container: MedusaContainer, request: RegistrationRequest): Promise<void> {
  const email = request.email.trim().toLowerCase()
  if (await hasAccount(container, email)) {
    await sendEmail(container, {
      to: email,
      template: "registration-attempt",
      document: registrationAttempt(storefrontUrl("/account/login")),
      data: { reason: "address already registered" },
    })
    return
  }
  await sendEmail(container, {
    to: email,
    template: "registration-link",
    document: registrationLink(registrationUrl({ ...request, email }), REGISTRATION_LINK_HOURS),
    data: request.order_id ? { order_id: request.order_id } : {},
  })
}

/** The same, in the background: the request that asked is answered first, as fast for a known address as for a new one. */
export function sendRegistrationEmailLater(container: MedusaContainer, request: RegistrationRequest): void {
  setImmediate(() => {
    sendRegistrationEmail(container, request).catch((error: Error) =>
      container.resolve(ContainerRegistrationKeys.LOGGER).error(`Registration email failed: ${error.message}`)
    )
  })
}
