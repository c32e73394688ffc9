import { render, screen, within } from "@testing-library/react"
import type { SupplementFacts } from "@biome/shared"
import { describe, expect, it } from "vitest"
import { SupplementFactsTable } from "./supplement-facts-table"

const B = 1_000_000_000

const skinBiomeGlow: SupplementFacts = {
  serving_size: "1 capsule",
  strains: [
    { name: "Lacticaseibacillus rhamnosus HN001", cfu: 6 * B },
    { name: "Bifidobacterium longum BB536", cfu: 4 * B },
    { name: "Lactiplantibacillus plantarum HEAL9", cfu: 2.5 * B },
  ],
  other_actives: [{ name: "Zinc (as zinc bisglycinate)", amount: "10 mg" }],
  other_ingredients: ["Hydroxypropyl methylcellulose (vegan capsule)", "Microcrystalline cellulose"],
  allergens: ["Free from dairy, gluten, soy and nuts"],
  directions: "Take one capsule a day with food.",
  storage: "Store below 25 °C in a dry place.",
}

describe("supplement facts panel", () => {
  it("lists each strain with its count and the total count as table rows", () => {
    render(<SupplementFactsTable facts={skinBiomeGlow} />)

    const table = screen.getByRole("table")
    expect(within(table).getByText(/Serving size/)).toHaveProperty("textContent", "Serving size: 1 capsule")
    const hn001 = within(table).getByRole("rowheader", { name: "Lacticaseibacillus rhamnosus HN001" }).closest("tr")!
    expect(hn001.textContent).toContain("6 billion CFU")
    const heal9 = within(table).getByRole("rowheader", { name: "Lactiplantibacillus plantarum HEAL9" }).closest("tr")!
    expect(heal9.textContent).toContain("2.5 billion CFU")
    const total = within(table).getByRole("rowheader", { name: "Total cultures" }).closest("tr")!
    expect(total.textContent).toContain("12.5 billion CFU")
  })

  it("shows other actives, ingredients, allergens, directions and storage", () => {
    render(<SupplementFactsTable facts={skinBiomeGlow} />)

    const zinc = screen.getByRole("rowheader", { name: "Zinc (as zinc bisglycinate)" }).closest("tr")!
    expect(zinc.textContent).toContain("10 mg")
    expect(screen.getByText("Other ingredients").nextElementSibling?.textContent).toBe(
      "Hydroxypropyl methylcellulose (vegan capsule), Microcrystalline cellulose"
    )
    expect(screen.getByRole("listitem").textContent).toBe("Free from dairy, gluten, soy and nuts")
    expect(screen.getByText("Directions").nextElementSibling?.textContent).toBe("Take one capsule a day with food.")
    expect(screen.getByText("Storage").nextElementSibling?.textContent).toBe("Store below 25 °C in a dry place.")
  })

  it("has no culture rows or total for a fibre with no live cultures", () => {
    render(
      <SupplementFactsTable
        facts={{
          ...skinBiomeGlow,
          strains: [],
          other_actives: [{ name: "Partially hydrolysed guar gum (PHGG)", amount: "4 g" }],
        }}
      />
    )

    expect(screen.queryByRole("rowheader", { name: "Total cultures" })).toBeNull()
    expect(screen.queryByText(/CFU/)).toBeNull()
    expect(screen.getByText("Contains no live cultures.")).toBeTruthy()
  })
})
