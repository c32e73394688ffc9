import { describe, expect, it } from "vitest"
import { NEXT_DELIVERY_ITEMS, nextDeliveryQuantityProblem, sumToCents } from "./next-delivery"

describe("adding to the next delivery", () => {
  it("takes 1 to the maximum of a product, whole units only", () => {
    expect(nextDeliveryQuantityProblem(1)).toBeNull()
    expect(nextDeliveryQuantityProblem(NEXT_DELIVERY_ITEMS.maxQuantity)).toBeNull()
    expect(nextDeliveryQuantityProblem(0)).toMatch(/1 to 10/)
    expect(nextDeliveryQuantityProblem(11)).toMatch(/1 to 10/)
    expect(nextDeliveryQuantityProblem(1.5)).not.toBeNull()
  })
  it("totals prices to the cent without float drift", () => {
    expect(sumToCents([0.1, 0.2])).toBe(0.3)
    expect(sumToCents([25.49, 79.98])).toBe(105.47)
    expect(sumToCents([])).toBe(0)
  })
})
