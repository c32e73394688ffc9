import { isPaymentProviderAllowed, STRIPE_PAYMENT_PROVIDER, SYSTEM_PAYMENT_PROVIDER } from "@biome/shared"
import { readEnv } from "../../config/env"
import type { SubscriptionDTO } from "../../modules/subscription/types"

/**
 * Why the subscription cannot be charged in the shop's payment mode, if it cannot: a subscription started in
 * demo mode has no card to charge once Stripe is configured, and is never renewed for free.
 */
export function paymentRefusal(sub: SubscriptionDTO): string | null {
  const known = [SYSTEM_PAYMENT_PROVIDER, STRIPE_PAYMENT_PROVIDER]
  if (!known.includes(sub.payment_provider_id)) return null
  if (isPaymentProviderAllowed(readEnv().PAYMENT_MODE, sub.payment_provider_id)) return null
  return "the subscription has no card on file that we can charge: please subscribe again at checkout with a card"
}

/** Sorts a failed renewal into what the customer and the admins need to know. */
export function classifyFailure(e: unknown): { failure_code: "payment_failed" | "out_of_stock" | "error"; failure_reason: string } {
  const message = (e as Error)?.message ?? String(e)
  if (/inventory|stock/i.test(message)) {
    return { failure_code: "out_of_stock", failure_reason: "the product is out of stock" }
  }
  if (/payment|authori[sz]|card|declin/i.test(message)) {
    return { failure_code: "payment_failed", failure_reason: "the payment was declined" }
  }
  if (/no longer delivers|no shipping address|no shipping option/i.test(message)) {
    return { failure_code: "error", failure_reason: "we cannot deliver to the shipping address on your account with your chosen shipping method" }
  }
  return { failure_code: "error", failure_reason: `the renewal could not be completed (${message.slice(0, 200)})` }
}
