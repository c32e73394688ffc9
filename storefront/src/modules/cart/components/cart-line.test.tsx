import { render, screen, within } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"
import type { Cart, CartLine as CartLineData } from "@/lib/cart"
import { CartTemplate } from "../templates/cart-template"
import { CartLine } from "./cart-line"

vi.mock("@/lib/actions/cart", () => ({
  updateQuantityAction: vi.fn(),
  removeLineAction: vi.fn(),
}))

const usd = (amount: number) => ({ amount, currencyCode: "usd" })

const subscriptionLine: CartLineData = {
  id: "line_sub",
  variantId: "variant_30",
  productHandle: "daily-balance-probiotic",
  productTitle: "Daily Balance Probiotic",
  variantTitle: "30 capsules",
  thumbnail: null,
  quantity: 2,
  unitPrice: usd(25.49),
  compareAtUnitPrice: usd(29.99),
  total: usd(50.98),
  subscription: { intervalDays: 60, discountPercent: 15, savingPerDelivery: usd(9) },
}

const oneTimeLine: CartLineData = {
  ...subscriptionLine,
  id: "line_once",
  productTitle: "Gut Restore 50",
  productHandle: "gut-restore-50",
  quantity: 1,
  unitPrice: usd(49.99),
  compareAtUnitPrice: null,
  total: usd(49.99),
  subscription: null,
}

function cartWith(lines: CartLineData[]): Cart {
  return {
    id: "cart_1",
    email: null,
    customerId: null,
    regionId: "reg_us",
    currencyCode: "usd",
    lines,
    itemSubtotal: usd(100.97),
    shippingTotal: usd(0),
    taxTotal: usd(0),
    discountTotal: usd(0),
    total: usd(100.97),
    shippingAddress: null,
    shippingMethod: null,
    paymentCollectionId: null,
    paymentSession: null,
    countries: [],
  }
}

describe("a subscription line in the cart", () => {
  it("shows how often it is delivered, the discount and what it saves on every delivery", () => {
    render(<CartLine line={subscriptionLine} />)

    const line = screen.getByRole("article", { name: "Daily Balance Probiotic" })
    expect(line.textContent).toContain("Every 60 days")
    expect(line.textContent).toContain("Subscribe & save 15%")
    expect(line.textContent).toContain("You save $9.00 on every delivery")
    expect(line.querySelector("del")?.textContent).toBe("Regular price $29.99")
    expect(line.textContent).toContain("$25.49 each")
    expect(line.textContent).toContain("$50.98")
  })

  it("has a labelled quantity and a remove button named after the product", () => {
    render(<CartLine line={subscriptionLine} />)

    expect(screen.getByRole("spinbutton", { name: "Quantity of Daily Balance Probiotic" })).toHaveProperty("value", "2")
    expect(screen.getByRole("button", { name: "Update quantity of Daily Balance Probiotic" })).toBeTruthy()
    expect(screen.getByRole("button", { name: "Remove Daily Balance Probiotic" })).toBeTruthy()
  })

  it("tells a one-time line apart", () => {
    render(<CartLine line={oneTimeLine} />)

    const line = screen.getByRole("article", { name: "Gut Restore 50" })
    expect(line.textContent).toContain("One-time purchase")
    expect(line.textContent).not.toContain("Every")
    expect(line.querySelector("del")).toBeNull()
  })
})

describe("the cart page", () => {
  it("lists the lines, the totals with the subscription savings, and a Checkout button", () => {
    render(<CartTemplate cart={cartWith([subscriptionLine, oneTimeLine])} loggedIn={false} />)

    expect(screen.getByRole("heading", { level: 1, name: "Your cart" })).toBeTruthy()
    expect(screen.getByRole("heading", { name: "3 items" })).toBeTruthy()
    const summary = screen.getByRole("region", { name: "Order summary" })
    expect(within(summary).getByText("You save with Subscribe & save").nextElementSibling?.textContent).toBe("$9.00")
    expect(summary.textContent).toContain("log in or create an account at checkout")
    const checkout = within(summary).getByRole("button", { name: "Checkout" })
    expect(checkout.closest("form")?.getAttribute("action")).toBe("/checkout")
  })

  it("says so when the cart is empty", () => {
    render(<CartTemplate cart={null} loggedIn={false} />)

    expect(screen.getByRole("heading", { name: "Your cart is empty" })).toBeTruthy()
    expect(screen.queryByRole("button", { name: "Checkout" })).toBeNull()
  })
})
