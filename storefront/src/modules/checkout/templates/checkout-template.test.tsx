import { render, screen, within } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"
import type { Customer } from "@/lib/account"
import type { Cart, CartLine } from "@/lib/cart"
import { CheckoutTemplate } from "./checkout-template"

vi.mock("@/lib/actions/checkout", () => ({
  saveContactAction: vi.fn(),
  chooseShippingAction: vi.fn(),
  choosePaymentAction: vi.fn(),
  placeOrderAction: vi.fn(),
}))
vi.mock("@/lib/actions/account", () => ({ loginAction: vi.fn(), registerAction: vi.fn() }))

const usd = (amount: number) => ({ amount, currencyCode: "usd" })
const line = (subscription: CartLine["subscription"]): CartLine => ({
  id: "line_1",
  variantId: "variant_30",
  productHandle: "daily-balance-probiotic",
  productTitle: "Daily Balance Probiotic",
  variantTitle: "30 capsules",
  thumbnail: null,
  quantity: 1,
  unitPrice: usd(25.49),
  compareAtUnitPrice: subscription ? usd(29.99) : null,
  total: usd(25.49),
  subscription,
})
const subscriptionLine = line({ intervalDays: 60, discountPercent: 15, savingPerDelivery: usd(4.5) })
const address = {
  id: null,
  firstName: "Jane",
  lastName: "Doe",
  company: "",
  address1: "1 Main St",
  address2: "",
  city: "Portland",
  postalCode: "97201",
  province: "OR",
  countryCode: "us",
  phone: "",
  isDefaultShipping: false,
}

function cart(overrides: Partial<Cart> = {}): Cart {
  return {
    id: "cart_1",
    email: null,
    customerId: null,
    regionId: "reg_us",
    currencyCode: "usd",
    lines: [line(null)],
    itemSubtotal: usd(25.49),
    shippingTotal: usd(0),
    taxTotal: usd(0),
    discountTotal: usd(0),
    total: usd(25.49),
    shippingAddress: null,
    shippingMethod: null,
    paymentCollectionId: null,
    paymentSession: null,
    countries: [{ code: "us", name: "United States" }],
    ...overrides,
  }
}

const jane: Customer = { id: "cus_jane", email: "jane@example.com", firstName: "Jane", lastName: "Doe", addresses: [] }
const standard = [{ id: "so_std", name: "Standard shipping (3–5 business days)", amount: usd(4.95) }]

describe("checkout", () => {
  it("asks a guest with a subscription to log in or register before anything else", () => {
    render(
      <CheckoutTemplate cart={cart({ lines: [subscriptionLine] })} customer={null} shippingOptions={[]} paymentProviders={["pp_system_default"]} stripeKey={null} />
    )

    const prompt = screen.getByRole("region", { name: "Subscriptions need an account" })
    expect(within(prompt).getByRole("button", { name: "Log in" })).toBeTruthy()
    expect(within(prompt).getByRole("button", { name: "Create account" })).toBeTruthy()
    expect((prompt.querySelector("input[name=next]") as HTMLInputElement).value).toBe("/checkout")
    expect(screen.queryByRole("button", { name: "Place order" })).toBeNull()
  })

  it("lets a guest without subscriptions start with email and address, with Place order not yet possible", () => {
    render(<CheckoutTemplate cart={cart()} customer={null} shippingOptions={[]} paymentProviders={["pp_system_default"]} stripeKey={null} />)

    const contact = screen.getByRole("region", { name: "1. Contact and delivery address" })
    expect(within(contact).getByRole("textbox", { name: "Email" })).toBeTruthy()
    expect(within(contact).getByRole("textbox", { name: "Street address" })).toBeTruthy()
    expect(within(contact).getByRole("combobox", { name: "Country" })).toHaveProperty("value", "us")
    expect(screen.getByRole("region", { name: "2. Shipping method" }).textContent).toContain("Enter your delivery address first")
    expect(screen.getByRole("button", { name: "Place order" })).toHaveProperty("disabled", true)
  })

  it("lets a logged-in subscriber choose shipping, pay without a card, and place the order", () => {
    render(
      <CheckoutTemplate
        cart={cart({
          lines: [subscriptionLine],
          customerId: "cus_jane",
          email: "jane@example.com",
          shippingAddress: address,
          shippingMethod: { optionId: "so_std", name: "Standard shipping (3–5 business days)", amount: usd(4.95) },
        })}
        customer={jane}
        shippingOptions={standard}
        paymentProviders={["pp_system_default"]}
        stripeKey={null}
      />
    )

    expect(screen.queryByRole("region", { name: "Subscriptions need an account" })).toBeNull()
    const shipping = screen.getByRole("region", { name: "2. Shipping method" })
    expect(within(shipping).getByRole("radio", { name: /Standard shipping/ })).toHaveProperty("checked", true)
    expect(screen.getByRole("note").textContent).toBe(
      "This is a demo store. No payment is taken at checkout and nothing you order here is shipped, so you can try every step without a card."
    )
    expect(screen.getByRole("region", { name: "3. Payment" }).textContent).toContain("no card is needed and no payment is taken")
    expect(screen.getByRole("button", { name: "Place order" })).toHaveProperty("disabled", false)
    const summary = screen.getByRole("complementary", { name: "Your order" })
    expect(summary.textContent).toContain("Every 60 days")
  })

  it("offers card payment alone when Stripe is set up, and says nothing of a demo", () => {
    render(
      <CheckoutTemplate
        cart={cart({
          email: "jane@example.com",
          shippingAddress: address,
          shippingMethod: { optionId: "so_std", name: "Standard", amount: usd(4.95) },
        })}
        customer={null}
        shippingOptions={standard}
        paymentProviders={["pp_stripe_stripe"]}
        stripeKey="pk_test_123"
      />
    )

    const payment = screen.getByRole("region", { name: "3. Payment" })
    expect(within(payment).getAllByRole("radio").map((r) => r.getAttribute("value"))).toEqual(["pp_stripe_stripe"])
    expect(within(payment).getByRole("radio", { name: "Card" })).toBeTruthy()
    expect(screen.queryByRole("note")).toBeNull()
    expect(document.body.textContent).not.toMatch(/demo/i)
  })

  it("says plainly when no payment can be taken, and does not let the order be placed", () => {
    render(
      <CheckoutTemplate
        cart={cart({
          email: "jane@example.com",
          shippingAddress: address,
          shippingMethod: { optionId: "so_std", name: "Standard", amount: usd(4.95) },
        })}
        customer={null}
        shippingOptions={standard}
        paymentProviders={[]}
        stripeKey={null}
      />
    )

    expect(within(screen.getByRole("region", { name: "3. Payment" })).getByRole("alert").textContent).toBe(
      "We can't take payments right now, so orders can't be placed. Please try again later."
    )
    expect(screen.getByRole("button", { name: "Place order" })).toHaveProperty("disabled", true)
  })
})
