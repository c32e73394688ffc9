import { describe, expect, it } from "vitest"
import { isPaymentProviderAllowed, paymentProvidersFor, STRIPE_PAYMENT_PROVIDER, SYSTEM_PAYMENT_PROVIDER } from "./payments"

describe("payment modes", () => {
  it("a shop with Stripe offers Stripe alone: the system provider would hand out goods for nothing", () => {
    expect(paymentProvidersFor("stripe")).toEqual([STRIPE_PAYMENT_PROVIDER])
    expect(isPaymentProviderAllowed("stripe", SYSTEM_PAYMENT_PROVIDER)).toBe(false)
    expect(isPaymentProviderAllowed("stripe", STRIPE_PAYMENT_PROVIDER)).toBe(true)
  })

  it("a demo store offers the system provider alone", () => {
    expect(paymentProvidersFor("demo")).toEqual([SYSTEM_PAYMENT_PROVIDER])
    expect(isPaymentProviderAllowed("demo", STRIPE_PAYMENT_PROVIDER)).toBe(false)
  })

  it("an unknown provider is never allowed", () => {
    expect(isPaymentProviderAllowed("stripe", "pp_declining_test")).toBe(false)
    expect(isPaymentProviderAllowed("demo", "pp_paypal_paypal")).toBe(false)
  })
})
