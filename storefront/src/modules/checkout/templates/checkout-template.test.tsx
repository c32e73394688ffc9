import { render, screen, within } from "@testing-library/react"
import { addDays, formatDeliveryDate } from "@biome/shared"
import { describe, expect, it, vi } from "vitest"
import type { Customer } from "@/lib/account"
import type { Cart, CartLine } from "@/lib/cart"
import { CheckoutTemplate } from "./checkout-template"

vi.mock("@/lib/actions/checkout", () => ({
  saveContactAction: vi.fn(),
  chooseShippingAction: vi.fn(),
  choosePaymentAction: vi.fn(),
  placeOrderAction: vi.fn(),
  deliverToSavedAddressAction: vi.fn(),
}))
vi.mock("@/lib/actions/account", () => ({ loginAction: vi.fn(), requestRegistrationAction: vi.fn(), completeRegistrationAction: vi.fn() }))

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
      <CheckoutTemplate
        cart={cart({ lines: [subscriptionLine] })}
        customer={null}
        shippingOptions={[]}
        paymentProviders={["pp_system_default"]}
        stripeKey={null}
      />
    )

    const prompt = screen.getByRole("region", { name: "Subscriptions need an account" })
    expect(within(prompt).getByRole("button", { name: "Log in" })).toBeTruthy()
    expect(within(prompt).getByRole("button", { name: "Create account" })).toBeTruthy()
    expect((prompt.querySelector("input[name=next]") as HTMLInputElement).value).toBe("/checkout")
    expect(screen.queryByRole("button", { name: "Place order" })).toBeNull()
  })

  it("lets a guest without subscriptions start with email and address, with Place order not yet possible", () => {
    render(
      <CheckoutTemplate cart={cart()} customer={null} shippingOptions={[]} paymentProviders={["pp_system_default"]} stripeKey={null} />
    )

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
    expect(
      within(payment)
        .getAllByRole("radio")
        .map((r) => r.getAttribute("value"))
    ).toEqual(["pp_stripe_stripe"])
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

  const ready = (overrides: Partial<Cart> = {}) =>
    cart({
      lines: [subscriptionLine],
      customerId: "cus_jane",
      email: "jane@example.com",
      shippingAddress: address,
      shippingMethod: { optionId: "so_std", name: "Standard shipping (3–5 business days)", amount: usd(4.95) },
      total: usd(30.44),
      ...overrides,
    })

  it("says the order total in the review step, before 'Place order' (a phone shows the summary below)", () => {
    render(
      <CheckoutTemplate
        cart={ready()}
        customer={jane}
        shippingOptions={standard}
        paymentProviders={["pp_system_default"]}
        stripeKey={null}
      />
    )

    const review = screen.getByRole("region", { name: "4. Review and place your order" })
    const total = within(review).getByText(/Order total/)
    expect(total.textContent).toBe("Order total: $30.44")
    const button = within(review).getByRole("button", { name: "Place order" })
    expect(total.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it("tells each subscription line's next charge date in the review, one interval from today", () => {
    const before = new Date()
    render(
      <CheckoutTemplate
        cart={ready()}
        customer={jane}
        shippingOptions={standard}
        paymentProviders={["pp_system_default"]}
        stripeKey={null}
      />
    )
    const after = new Date()

    const review = screen.getByRole("region", { name: "4. Review and place your order" })
    const time = review.querySelector("time")!
    // The same clock as the page: the date of today + 60 days, whichever side of midnight the test ran.
    expect([formatDeliveryDate(addDays(before, 60)), formatDeliveryDate(addDays(after, 60))]).toContain(time.textContent)
    expect(review.textContent).toContain("Daily Balance Probiotic (30 capsules): today's order is the first delivery")
    expect(review.textContent).toContain("then every 60 days")
  })

  it("offers a logged-in customer's saved addresses, the default chosen, and says a new one is saved", () => {
    const saved = [
      { ...address, id: "addr_1", address1: "1 Main St" },
      { ...address, id: "addr_2", address1: "9 Oak Ave", isDefaultShipping: true },
    ]
    render(
      <CheckoutTemplate
        cart={cart()}
        customer={{ ...jane, addresses: saved }}
        shippingOptions={[]}
        paymentProviders={["pp_system_default"]}
        stripeKey={null}
      />
    )

    const book = screen.getByRole("form", { name: "Your saved addresses" })
    const options = within(book).getAllByRole("radio")
    expect(options.map((o) => (o as HTMLInputElement).value)).toEqual(["addr_1", "addr_2"])
    expect(within(book).getByRole("radio", { name: /9 Oak Ave/ })).toHaveProperty("checked", true)
    expect(within(book).getByRole("radio", { name: "Jane Doe, 1 Main St, Portland, OR 97201" })).toBeTruthy()
    expect(within(book).getByRole("button", { name: "Deliver to this address" })).toBeTruthy()
    expect(screen.getByText(/the address you enter is saved to your account/)).toBeTruthy()
    // The address form starts from the default address, its state chosen from the list.
    expect(screen.getByRole("combobox", { name: "State" })).toHaveProperty("value", "OR")
  })

  it("offers no saved addresses to a guest", () => {
    render(
      <CheckoutTemplate cart={cart()} customer={null} shippingOptions={[]} paymentProviders={["pp_system_default"]} stripeKey={null} />
    )
    expect(screen.queryByRole("form", { name: "Your saved addresses" })).toBeNull()
    expect(screen.queryByText(/saved to your account/)).toBeNull()
  })
})
