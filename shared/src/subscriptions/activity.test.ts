import { describe, expect, it } from "vitest"
import { describeActivity, SUBSCRIPTION_ACTIVITY_KINDS, SUBSCRIPTION_ACTIVITY_LABEL } from "./activity"

describe("subscription activity in words", () => {
  it("has a label for every kind", () => {
    for (const kind of SUBSCRIPTION_ACTIVITY_KINDS) expect(SUBSCRIPTION_ACTIVITY_LABEL[kind]).toBeTruthy()
  })

  it("says what changed from what to what", () => {
    expect(describeActivity({ kind: "frequency_changed", details: { from: 30, to: 60 } })).toBe(
      "Frequency changed from every 30 days to every 60 days"
    )
    expect(describeActivity({ kind: "quantity_changed", details: { from: 1, to: 3 } })).toBe("Quantity changed from 1 to 3")
    expect(describeActivity({ kind: "next_date_changed", details: { from: "2027-01-05T00:00:00Z", to: "2027-01-20T00:00:00Z" } })).toBe(
      "Next delivery moved from January 5, 2027 to January 20, 2027"
    )
  })

  it("says why a pause, a cancellation or a renewal happened", () => {
    expect(describeActivity({ kind: "paused", details: { until: null, reason: "paused_by_admin" } })).toBe(
      "Paused until resumed (Paused by an admin)"
    )
    expect(describeActivity({ kind: "cancelled", details: { reason: "too_expensive", comment: "Phoned us" } })).toBe(
      'Cancelled: Too expensive ("Phoned us")'
    )
    expect(describeActivity({ kind: "renewal_succeeded", details: { order_display_id: 12, trigger: "customer" } })).toBe(
      "Renewed: order #12, sent now at the customer's request"
    )
    expect(
      describeActivity({
        kind: "renewal_failed",
        details: { reason: "the payment was declined", status: "past_due", next_retry_at: "2027-02-01T10:00:00Z" },
      })
    ).toBe("Renewal failed: the payment was declined; next try February 1, 2027")
    expect(describeActivity({ kind: "renewal_failed", details: { reason: "the product is out of stock", status: "paused" } })).toBe(
      "Renewal failed: the product is out of stock; subscription paused"
    )
  })

  it("names the email that was sent", () => {
    expect(describeActivity({ kind: "email_sent", details: { template: "subscription-renewal-reminder" } })).toBe(
      "Email sent: renewal reminder"
    )
    expect(describeActivity({ kind: "email_sent", details: { template: "welcome" } })).toBe("Email sent: welcome")
  })
})
