import { isPaymentProviderAllowed, STRIPE_PAYMENT_PROVIDER, SYSTEM_PAYMENT_PROVIDER } from "@biome/shared"
import { MedusaError } from "@medusajs/framework/utils"
import { readEnv } from "../config/env"
import { SUBSCRIPTION_UNDELIVERABLE } from "../lib/subscriptions/subscription-rules"
import type { SubscriptionDTO } from "../modules/subscription/types"

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

export type RenewalFailureCode = "payment_failed" | "out_of_stock" | "error"

/** The steps of the renewal order's workflow whose failure means no stock, or no payment (Medusa's step ids). */
const STOCK_STEPS = ["confirm-item-inventory", "confirm-inventory-step", "reserve-inventory-step"]
const PAYMENT_STEPS = ["create-payment-sessions", "create-payment-session", "authorize-payment-session-step"]
const PAYMENT_ERROR_TYPES = new Set<string>([MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR])

/** A step of the renewal order's workflow failed; carries the step's id and the error it threw (type and code kept). */
export class RenewalStepError extends Error {
  readonly type?: string
  readonly code?: string
  constructor(
    readonly step: string,
    cause: { message?: string; type?: string; code?: string }
  ) {
    super(cause?.message ?? `The renewal step ${step} failed`)
    this.name = "RenewalStepError"
    this.type = cause?.type
    this.code = cause?.code
  }
}

/**
 * Sorts a failed renewal into what the customer and the admins need to know, by the step that failed and the
 * error's type and code, never by its wording.
 */
export function classifyFailure(e: unknown): { failure_code: RenewalFailureCode; failure_reason: string } {
  const err = (e ?? {}) as { step?: string; type?: string; code?: string; message?: string }
  const step = e instanceof RenewalStepError ? e.step : ""
  const failedIn = (steps: string[]) => steps.some((s) => step === s || step.startsWith(`${s}-`))
  if (err.code === MedusaError.Codes.INSUFFICIENT_INVENTORY || failedIn(STOCK_STEPS)) {
    return { failure_code: "out_of_stock", failure_reason: "the product is out of stock" }
  }
  if (PAYMENT_ERROR_TYPES.has(String(err.type)) || failedIn(PAYMENT_STEPS)) {
    return { failure_code: "payment_failed", failure_reason: "the payment was declined" }
  }
  if (err.code === SUBSCRIPTION_UNDELIVERABLE) {
    return {
      failure_code: "error",
      failure_reason: "we cannot deliver to the shipping address on your account with your chosen shipping method",
    }
  }
  const message = err.message ?? String(e)
  return { failure_code: "error", failure_reason: `the renewal could not be completed (${message.slice(0, 200)})` }
}
