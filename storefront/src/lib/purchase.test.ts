import { describe, expect, it } from "vitest"
import { initialSelection } from "./purchase"

const variants = [
  { id: "variant_30", stock: "out_of_stock" as const },
  { id: "variant_60", stock: "in_stock" as const },
]
const offer = { discountPercent: 15, intervalDays: [30, 60, 90] }

describe("where the buy box starts", () => {
  it("starts with the first size in stock, bought once, at the shortest interval", () => {
    expect(initialSelection(variants, offer)).toEqual({ variantId: "variant_60", mode: "one_time", intervalDays: 30, quantity: 1 })
  })

  it("shows again the subscription just added, at its interval and quantity (a post without JavaScript)", () => {
    const added = { variantId: "variant_60", mode: "subscription" as const, intervalDays: 60, quantity: 2 }
    expect(initialSelection(variants, offer, added)).toEqual({
      variantId: "variant_60",
      mode: "subscription",
      intervalDays: 60,
      quantity: 2,
    })
  })

  it("shows a one-time add as one-time", () => {
    const added = { variantId: "variant_60", mode: "one_time" as const, intervalDays: null, quantity: 1 }
    expect(initialSelection(variants, offer, added)).toEqual({ variantId: "variant_60", mode: "one_time", intervalDays: 30, quantity: 1 })
  })

  it("never shows a subscription the product no longer offers: an interval off the list, or no offer at all", () => {
    const added = { variantId: "variant_60", mode: "subscription" as const, intervalDays: 45, quantity: 1 }
    expect(initialSelection(variants, offer, added).mode).toBe("one_time")
    expect(initialSelection(variants, null, { ...added, intervalDays: 30 }).mode).toBe("one_time")
  })

  it("ignores an added size the product does not have", () => {
    const added = { variantId: "variant_other", mode: "subscription" as const, intervalDays: 30, quantity: 3 }
    expect(initialSelection(variants, offer, added)).toEqual(initialSelection(variants, offer))
  })
})
