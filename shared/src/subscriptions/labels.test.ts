import { describe, expect, it } from "vitest"
import { cancelReasonLabel, pauseReasonLabel, paymentProviderLabel, renewalFailureLabel, renewalTriggerLabel } from "./labels"

describe("subscription labels", () => {
  it("names payment providers as people say them", () => {
    expect(paymentProviderLabel("pp_system_default")).toBe("Manual payment")
    expect(paymentProviderLabel("pp_stripe_stripe")).toBe("Card (Stripe)")
    expect(paymentProviderLabel("pp_paypal_paypal")).toBe("Paypal paypal")
    expect(paymentProviderLabel(null)).toBe("—")
  })

  it("says who paused, or which failure did", () => {
    expect(pauseReasonLabel("paused_by_admin")).toBe("Paused by an admin")
    expect(pauseReasonLabel("customer_request")).toBe("Paused by the customer")
    expect(pauseReasonLabel("payment_failed")).toBe("Paused after failed renewals: the payment was declined")
    expect(pauseReasonLabel("customer phoned: travelling")).toBe("Paused by an admin: customer phoned: travelling")
  })

  it("words cancel reasons, renewal failures included, and keeps unknown codes readable", () => {
    expect(cancelReasonLabel("not_needed")).toBe("No longer needed")
    expect(cancelReasonLabel("renewal_failed:out_of_stock")).toBe("Renewals failed: the product was out of stock")
    expect(cancelReasonLabel("found_cheaper")).toBe("Found cheaper")
    expect(renewalTriggerLabel("admin")).toBe("Renewed by an admin")
    expect(renewalFailureLabel("payment_failed")).toBe("The payment was declined")
  })
})
