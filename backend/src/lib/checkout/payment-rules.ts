import { MedusaError } from "@medusajs/framework/utils"
import { isPaymentProviderAllowed, STRIPE_PAYMENT_PROVIDER, subscriptionQuantityProblem, type PaymentMode } from "@biome/shared"

/** The parts of a payment session the checkout rules read: Stripe keeps its PaymentIntent in `data`. */
export interface CheckoutPaymentSession {
  provider_id: string
  status: string
  data?: Record<string, unknown> | null
}

// The statuses Medusa's own completion accepts; a session in any other state takes no part.
const LIVE_SESSION_STATUSES = new Set(["pending", "requires_more", "authorized", "captured", "pending_authorization"])

/**
 * Only a provider of the shop's payment mode may pay for an order, whatever a region was given by hand: in
 * Stripe mode the system provider, which authorises anything, would give goods away.
 */
export function assertPaymentProvidersAllowed(mode: PaymentMode, sessions: CheckoutPaymentSession[]) {
  for (const session of sessions.filter((s) => LIVE_SESSION_STATUSES.has(s.status))) {
    if (isPaymentProviderAllowed(mode, session.provider_id)) continue
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      mode === "stripe"
        ? `This shop takes card payments through Stripe only; a payment with ${session.provider_id} cannot complete an order. Choose card payment and try again`
        : `This is a demo store that takes no payments; ${session.provider_id} is not available here. Choose the demo payment and try again`
    )
  }
}

/**
 * A subscription is charged again later without the customer present, so in Stripe mode its checkout must
 * save the card for that: a PaymentIntent for a Stripe customer with setup_future_usage "off_session". The
 * demo mode charges nothing, then or later.
 */
export function assertRenewalsCanBeCharged(mode: PaymentMode, sessions: CheckoutPaymentSession[]) {
  if (mode === "demo") return
  const stripe = sessions.filter((s) => s.provider_id === STRIPE_PAYMENT_PROVIDER && LIVE_SESSION_STATUSES.has(s.status))
  const savesCard = stripe.some((s) => s.data?.setup_future_usage === "off_session" && typeof s.data?.customer === "string")
  if (savesCard) return
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    stripe.length
      ? "A subscription is renewed with the card you pay with today, so the card must be saved for later payments: start the card payment again with setup_future_usage set to off_session, logged in to your account"
      : "A subscription is renewed with the card you pay with today: pay by card to start it"
  )
}

/** Every subscribed line delivers a quantity the portal would also accept. */
export function assertSubscriptionQuantities(lines: { quantity: unknown; product_title?: string | null }[]) {
  for (const line of lines) {
    const problem = subscriptionQuantityProblem(Number(line.quantity))
    if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${problem} (${line.product_title ?? "a subscription line"})`)
  }
}
