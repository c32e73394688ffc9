/** Medusa's payment providers as the shop uses them, and which ones each payment mode offers. */

/** Medusa's system provider: it authorises everything and charges nothing, so it is for demo stores only. */
export const SYSTEM_PAYMENT_PROVIDER = "pp_system_default"
/** `@medusajs/payment-stripe` registered with id "stripe". */
export const STRIPE_PAYMENT_PROVIDER = "pp_stripe_stripe"

/** Stripe takes real money; the demo mode takes none and says so at checkout. */
export type PaymentMode = "stripe" | "demo"

/** The providers every region offers in a mode: never both, so a live shop cannot give goods away. */
export function paymentProvidersFor(mode: PaymentMode): string[] {
  return mode === "stripe" ? [STRIPE_PAYMENT_PROVIDER] : [SYSTEM_PAYMENT_PROVIDER]
}

/** Whether a payment of this provider may complete a checkout in this mode. */
export function isPaymentProviderAllowed(mode: PaymentMode, providerId: string): boolean {
  return paymentProvidersFor(mode).includes(providerId)
}
