import { describe, expect, it } from "vitest"
import { checkoutPaymentMode, paymentProviderLabel } from "./cart"

describe("how checkout takes payment", () => {
  it("by card when the region offers Stripe, even beside the demo payment: a store that can charge never says it will not", () => {
    expect(checkoutPaymentMode(["pp_stripe_stripe"])).toBe("card")
    expect(checkoutPaymentMode(["pp_system_default", "pp_stripe_stripe"])).toBe("card")
  })

  it("as a demo store when the demo payment is all there is, and not at all when nothing is offered", () => {
    expect(checkoutPaymentMode(["pp_system_default"])).toBe("demo")
    expect(checkoutPaymentMode([])).toBe("unavailable")
  })

  it("names the demo payment for what it is", () => {
    expect(paymentProviderLabel("pp_system_default")).toBe("Demo payment (nothing is charged)")
    expect(paymentProviderLabel("pp_stripe_stripe")).toBe("Card")
  })
})
