import { act, fireEvent, render, screen, within } from "@testing-library/react"
import { renderToString } from "react-dom/server"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { addToCartAction } from "@/lib/actions/cart"
import { PurchaseForm, type PurchaseVariant } from "./purchase-form"

vi.mock("@/lib/actions/engagement", () => ({ notifyMeAction: vi.fn() }))
vi.mock("@/lib/actions/subscriptions", () => ({ addToNextDeliveryAction: vi.fn() }))
vi.mock("@/lib/actions/cart", () => ({ addToCartAction: vi.fn(async () => ({ status: "idle", message: "" })) }))
const addToCart = vi.mocked(addToCartAction)

const variants: PurchaseVariant[] = [
  {
    id: "variant_30",
    title: "30 capsules",
    priceLabel: "$29.99",
    subscriptionPriceLabel: "$25.49",
    savingLabel: "$4.50",
    stock: "in_stock",
  },
  {
    id: "variant_60",
    title: "60 capsules",
    priceLabel: "$49.99",
    subscriptionPriceLabel: "$42.49",
    savingLabel: "$7.50",
    stock: "in_stock",
  },
]
const offer = { discountPercent: 15, intervalDays: [30, 60, 90] }

const summary = () => screen.getByTestId("purchase-summary").textContent

describe("choosing one-time purchase or subscribe-and-save", () => {
  it("starts as a one-time purchase at the regular price, without a delivery frequency", () => {
    render(<PurchaseForm variants={variants} offer={offer} />)

    const group = screen.getByRole("radiogroup", { name: "How would you like to buy it?" })
    expect(within(group).getByRole("radio", { name: "One-time purchase" })).toHaveProperty("checked", true)
    expect(within(group).getByRole("radio", { name: "Subscribe & save" })).toHaveProperty("checked", false)
    expect(screen.queryByRole("combobox", { name: "Deliver every" })).toBeNull()
    expect(summary()).toBe("$29.99")
    expect(screen.getByRole("button", { name: "Add to cart" })).toHaveProperty("disabled", false)
  })

  it("shows the discounted price, the saving and the 'Deliver every' select after switching to Subscribe & save", () => {
    render(<PurchaseForm variants={variants} offer={offer} />)

    fireEvent.click(screen.getByRole("radio", { name: "Subscribe & save" }))

    const frequency = screen.getByRole("combobox", { name: "Deliver every" }) as HTMLSelectElement
    expect([...frequency.options].map((o) => o.text)).toEqual(["30 days", "60 days", "90 days"])
    expect(frequency.name).toBe("interval_days")
    expect(summary()).toContain("$25.49")
    expect(summary()).toContain("Regular price $29.99")
    expect(summary()).toContain("you save $4.50 (15%) on every delivery")

    fireEvent.change(frequency, { target: { value: "60" } })
    expect(summary()).toContain("every 60 days")
  })

  it("describes each option with its price, so a screen reader hears the discount", () => {
    render(<PurchaseForm variants={variants} offer={offer} />)

    const subscribe = screen.getByRole("radio", { name: "Subscribe & save" })
    const description = document.getElementById(subscribe.getAttribute("aria-describedby")!)
    expect(description?.textContent).toBe("Save 15% $25.49 per delivery")
  })

  it("prices the size the customer picks", () => {
    render(<PurchaseForm variants={variants} offer={offer} />)
    fireEvent.click(screen.getByRole("radio", { name: "Subscribe & save" }))

    fireEvent.click(screen.getByRole("radio", { name: /60 capsules/ }))

    expect(summary()).toContain("$42.49")
    expect(summary()).toContain("you save $7.50")
  })

  it("posts the size, the purchase choice and the interval under the names the action reads", () => {
    const { container } = render(<PurchaseForm variants={variants} offer={offer} />)
    fireEvent.click(screen.getByRole("radio", { name: "Subscribe & save" }))

    const form = new FormData(container.querySelector("form")!)

    expect(form.get("variant_id")).toBe("variant_30")
    expect(form.get("purchase")).toBe("subscription")
    expect(form.get("interval_days")).toBe("30")
    expect(form.get("quantity")).toBe("1")
  })

  it("cannot add to the cart when every size is sold out, and offers 'notify me' for the chosen size", () => {
    render(<PurchaseForm variants={variants.map((v) => ({ ...v, stock: "out_of_stock" as const }))} offer={offer} />)

    expect(screen.getByRole("button", { name: "Add to cart" })).toHaveProperty("disabled", true)
    expect(screen.getByText("Every size is out of stock right now.")).toBeTruthy()
    expect(screen.getByRole("region", { name: "30 capsules: back soon" })).toBeTruthy()
    fireEvent.click(screen.getByRole("radio", { name: /60 capsules/ }))
    expect(screen.queryByRole("region", { name: "30 capsules: back soon" })).toBeNull()
    expect(screen.getByRole("region", { name: "60 capsules: back soon" })).toBeTruthy()
  })
})

describe("what the page shows is what the button adds", () => {
  const posted: Record<string, string>[] = []
  beforeEach(() => {
    posted.length = 0
    addToCart.mockImplementation(async (_state, data) => {
      posted.push(Object.fromEntries([...data.entries()].map(([k, v]) => [k, String(v)])))
      return { status: "success", message: `Added ${posted.length}` }
    })
  })

  const posts = (container: HTMLElement) => Object.fromEntries(new FormData(container.querySelector("form")!).entries())

  it("keeps the subscription chosen after an add, so adding again adds the same subscription", async () => {
    const { container } = render(<PurchaseForm variants={variants} offer={offer} />)
    fireEvent.click(screen.getByRole("radio", { name: "Subscribe & save" }))
    fireEvent.change(screen.getByRole("combobox", { name: "Deliver every" }), { target: { value: "60" } })

    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Add to cart" })))
    await screen.findByText("Added 1")

    // The controls still say what the summary says, and that is what the form would post now.
    expect(screen.getByRole("radio", { name: "Subscribe & save" })).toHaveProperty("checked", true)
    expect(screen.getByRole("radio", { name: "One-time purchase" })).toHaveProperty("checked", false)
    expect((screen.getByRole("combobox", { name: "Deliver every" }) as HTMLSelectElement).value).toBe("60")
    expect(summary()).toContain("$25.49")
    expect(summary()).toContain("every 60 days")
    expect(posts(container)).toMatchObject({ purchase: "subscription", interval_days: "60", variant_id: "variant_30" })

    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Add to cart" })))
    await screen.findByText("Added 2")
    expect(posted).toHaveLength(2)
    expect(posted[1]).toEqual(posted[0])
    expect(posted[1]).toMatchObject({ purchase: "subscription", interval_days: "60", quantity: "1" })
  })

  it("keeps the size and quantity after an add too", async () => {
    const { container } = render(<PurchaseForm variants={variants} offer={offer} />)
    fireEvent.click(screen.getByRole("radio", { name: /60 capsules/ }))
    fireEvent.change(screen.getByLabelText("Quantity"), { target: { value: "3" } })

    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Add to cart" })))
    await screen.findByText("Added 1")

    expect(posted[0]).toMatchObject({ variant_id: "variant_60", quantity: "3", purchase: "one_time" })
    expect(posts(container)).toMatchObject({ variant_id: "variant_60", quantity: "3", purchase: "one_time" })
    expect(summary()).toBe("$49.99")
  })

  it("follows a reset of the form: controls and summary go back to the start together", () => {
    const { container } = render(<PurchaseForm variants={variants} offer={offer} />)
    fireEvent.click(screen.getByRole("radio", { name: "Subscribe & save" }))
    fireEvent.change(screen.getByRole("combobox", { name: "Deliver every" }), { target: { value: "90" } })

    act(() => container.querySelector("form")!.reset())

    expect(screen.getByRole("radio", { name: "One-time purchase" })).toHaveProperty("checked", true)
    expect(summary()).toBe("$29.99")
    expect(posts(container)).toMatchObject({ purchase: "one_time" })
  })

  it("before JavaScript, prints each size's and interval's price for CSS to pick from the checked controls", () => {
    const html = document.createElement("div")
    html.innerHTML = renderToString(<PurchaseForm variants={variants} offer={offer} />)
    const summaryCases = html.querySelector('[data-testid="purchase-summary"]')!

    const subscriptionCase = summaryCases.querySelector('[data-purchase="2"]')!
    expect([...subscriptionCase.querySelectorAll('[data-testid="summary-price"] [data-size]')].map((e) => e.textContent)).toEqual([
      "$25.49",
      "$42.49",
    ])
    expect([...subscriptionCase.querySelectorAll("[data-interval]")].map((e) => [e.getAttribute("data-interval"), e.textContent])).toEqual([
      ["1", "30"],
      ["2", "60"],
      ["3", "90"],
    ])
    expect(summaryCases.querySelector('[data-purchase="1"]')!.textContent).toBe("$29.99$49.99")
    // The positions match the controls CSS reads: the sizes' radios and the interval's options, in order.
    expect([...html.querySelectorAll<HTMLInputElement>('input[name="variant_id"]')].map((i) => i.value)).toEqual([
      "variant_30",
      "variant_60",
    ])
    expect([...html.querySelectorAll<HTMLOptionElement>('select[name="interval_days"] option')].map((o) => o.value)).toEqual([
      "30",
      "60",
      "90",
    ])
  })
})
