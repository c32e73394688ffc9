import { describe, expect, it } from "vitest"
import { SUBSCRIPTION_QUANTITY, subscriptionQuantityProblem } from "./quantity"

describe("subscription quantity", () => {
  it("accepts every whole quantity from the minimum to the maximum", () => {
    for (let q = SUBSCRIPTION_QUANTITY.min; q <= SUBSCRIPTION_QUANTITY.max; q++) expect(subscriptionQuantityProblem(q)).toBeNull()
  })

  it("refuses nothing, one too many, and parts of a pack, saying what is possible", () => {
    expect(subscriptionQuantityProblem(0)).toMatch(/1 to 10/)
    expect(subscriptionQuantityProblem(11)).toMatch(/1 to 10 of an item each time; 11 is not possible/)
    expect(subscriptionQuantityProblem(1.5)).not.toBeNull()
  })
})
