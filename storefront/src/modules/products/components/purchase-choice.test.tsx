import { fireEvent, render, screen, within } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"
import { PurchaseForm, type PurchaseVariant } from "./purchase-form"

vi.mock("@/lib/actions/cart", () => ({ addToCartAction: vi.fn(async () => ({ status: "idle", message: "" })) }))

const variants: PurchaseVariant[] = [
  { id: "variant_30", title: "30 capsules", priceLabel: "$29.99", subscriptionPriceLabel: "$25.49", savingLabel: "$4.50", stock: "in_stock" },
  { id: "variant_60", title: "60 capsules", priceLabel: "$49.99", subscriptionPriceLabel: "$42.49", savingLabel: "$7.50", stock: "in_stock" },
]
const offer = { discountPercent: 15, intervalDays: [30, 60, 90] }

const summary = () => document.querySelector(".purchase-summary")!.textContent

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

  it("cannot add to the cart when every size is sold out", () => {
    render(<PurchaseForm variants={variants.map((v) => ({ ...v, stock: "out_of_stock" as const }))} offer={offer} />)

    expect(screen.getByRole("button", { name: "Add to cart" })).toHaveProperty("disabled", true)
    expect(screen.getByText("Every size is out of stock right now.")).toBeTruthy()
  })
})
