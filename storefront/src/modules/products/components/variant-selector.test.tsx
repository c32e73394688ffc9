import { fireEvent, render, screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { VariantSelector, type VariantOption } from "./variant-selector"

const immuneDailyDefence: VariantOption[] = [
  { id: "variant_30", title: "30 capsules", priceLabel: "$31.99", stock: "low_stock" },
  { id: "variant_60", title: "60 capsules", priceLabel: "$54.99", stock: "out_of_stock" },
]

describe("choosing a size", () => {
  it("marks a sold-out size as out of stock; it can be chosen (to be notified) but is not preselected", () => {
    render(<VariantSelector variants={immuneDailyDefence} />)

    const sixty = screen.getByRole("radio", { name: /60 capsules/ })
    expect(sixty).toHaveProperty("checked", false)
    fireEvent.click(sixty)
    expect(sixty).toHaveProperty("checked", true)
    expect(sixty.closest("label")?.textContent).toContain("Out of stock")
    expect(sixty.closest("label")?.getAttribute("data-stock")).toBe("out_of_stock")
  })

  it("shows each size's price and stock state and preselects one that can be bought", () => {
    render(<VariantSelector variants={immuneDailyDefence} />)

    const thirty = screen.getByRole("radio", { name: /30 capsules/ })
    expect(thirty).toHaveProperty("checked", true)
    expect(thirty.closest("label")?.textContent).toContain("$31.99")
    expect(thirty.closest("label")?.textContent).toContain("Low stock")
    expect(screen.getByText("$54.99")).toBeTruthy()
  })

  it("updates the price summary when the customer picks another size", () => {
    render(
      <VariantSelector
        variants={[
          { id: "variant_30", title: "30 capsules", priceLabel: "$29.99", stock: "in_stock" },
          { id: "variant_60", title: "60 capsules", priceLabel: "$49.99", stock: "in_stock" },
        ]}
      />
    )
    const summary = () => screen.getByTestId("size-summary").textContent

    expect(summary()).toBe("$29.99 for 30 capsules")
    fireEvent.click(screen.getByRole("radio", { name: /60 capsules/ }))
    expect(summary()).toBe("$49.99 for 60 capsules")
  })

  it("says so when every size is sold out", () => {
    render(<VariantSelector variants={immuneDailyDefence.map((v) => ({ ...v, stock: "out_of_stock" as const }))} />)

    expect(screen.getByText(/Every size is out of stock right now\./)).toBeTruthy()
  })
})
