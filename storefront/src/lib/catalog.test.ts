import { describe, expect, it } from "vitest"
import { formatMoney, LOW_STOCK_THRESHOLD, lowestPrice, stockStateOf, type CatalogVariant } from "./catalog"

const managed = (inventoryQuantity: number | null) => ({ manageInventory: true, allowBackorder: false, inventoryQuantity })

describe("stock state of a variant", () => {
  it("is out of stock at zero units and low stock at the threshold", () => {
    expect(stockStateOf(managed(0))).toBe("out_of_stock")
    expect(stockStateOf(managed(null))).toBe("out_of_stock")
    expect(stockStateOf(managed(1))).toBe("low_stock")
    expect(stockStateOf(managed(LOW_STOCK_THRESHOLD))).toBe("low_stock")
    expect(stockStateOf(managed(LOW_STOCK_THRESHOLD + 1))).toBe("in_stock")
  })

  it("is in stock when inventory is not managed or backorders are allowed", () => {
    expect(stockStateOf({ manageInventory: false, allowBackorder: false, inventoryQuantity: 0 })).toBe("in_stock")
    expect(stockStateOf({ manageInventory: true, allowBackorder: true, inventoryQuantity: 0 })).toBe("in_stock")
  })
})

describe("prices", () => {
  it("formats Medusa's main-unit amounts", () => {
    expect(formatMoney({ amount: 29.99, currencyCode: "usd" })).toBe("$29.99")
    expect(formatMoney({ amount: 27.99, currencyCode: "eur" })).toBe("€27.99")
  })

  it("finds the entry price across variants, skipping unpriced ones", () => {
    const variant = (id: string, amount: number | null): CatalogVariant => ({
      id,
      title: id,
      sku: null,
      stock: "in_stock",
      price: amount === null ? null : { amount, currencyCode: "usd" },
    })
    expect(lowestPrice([variant("a", 49.99), variant("b", null), variant("c", 29.99)])?.amount).toBe(29.99)
    expect(lowestPrice([variant("b", null)])).toBeNull()
  })
})
