import { describe, expect, it } from "vitest"
import { listDays } from "../supplement-facts"
import { CANCEL_REASON_CUSTOMER_LABEL, CANCEL_REASONS, isCancelReason } from "./cancel-reasons"
import { formatDeliveryDate } from "./dates"
import { SUBSCRIPTION_CANCEL_REASON_LABEL } from "./labels"

describe("why a customer cancels", () => {
  it("has words for the customer and for the admin for every reason the backend accepts", () => {
    for (const reason of CANCEL_REASONS) {
      expect(CANCEL_REASON_CUSTOMER_LABEL[reason]).toBeTruthy()
      expect(SUBSCRIPTION_CANCEL_REASON_LABEL[reason]).toBeTruthy()
    }
  })

  it("accepts only the listed reasons", () => {
    expect(isCancelReason("too_expensive")).toBe(true)
    expect(isCancelReason("renewal_failed:payment_failed")).toBe(false)
    expect(isCancelReason(undefined)).toBe(false)
  })
})

describe("words in messages to customers", () => {
  it("lists an offer's intervals as a sentence does", () => {
    expect(listDays([30])).toBe("30")
    expect(listDays([30, 60, 90])).toBe("30, 60 or 90")
  })

  it("prints a delivery date given as an ISO string as its UTC day, and nothing for no date", () => {
    expect(formatDeliveryDate("2026-03-03T23:30:00Z")).toBe("March 3, 2026")
    expect(formatDeliveryDate(new Date("2026-03-03T00:00:00Z"))).toBe("March 3, 2026")
    expect(formatDeliveryDate("not a date")).toBe("")
  })
})
