import { render, screen, within } from "@testing-library/react"
import { FDA_DISCLAIMER_PLURAL, FDA_DISCLAIMER_SINGULAR } from "@biome/shared"
import { describe, expect, it } from "vitest"
import { immuneDailyDefence, kidsBerryChewables } from "@/test/catalog-fixtures"
import { ProductTemplate, productMetadataDescription } from "./product-template"

describe("a product page", () => {
  it("shows the description's claims with their asterisks and the plural disclaimer", () => {
    render(<ProductTemplate product={immuneDailyDefence} />)

    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Immune Daily Defence")
    const about = screen.getByRole("region", { name: "About Immune Daily Defence" })
    expect(about.textContent).toContain("normal function of the immune system*")
    expect(about.textContent).toContain("healthy gut microbiome*")
    expect(screen.getByRole("complementary", { name: "FDA disclaimer" }).textContent).toContain(FDA_DISCLAIMER_PLURAL)
  })

  it("uses the singular disclaimer when the copy carries one claim", () => {
    render(<ProductTemplate product={{ ...immuneDailyDefence, description: "Supports digestive balance while you travel*." }} />)

    expect(screen.getByRole("complementary", { name: "FDA disclaimer" }).textContent).toContain(FDA_DISCLAIMER_SINGULAR)
  })

  it("has no disclaimer box when nothing on the page is a claim", () => {
    render(<ProductTemplate product={{ ...immuneDailyDefence, description: "A daily capsule." }} />)

    expect(screen.queryByRole("complementary", { name: "FDA disclaimer" })).toBeNull()
  })

  it("prices each size, marks the sold-out one and shows the facts and the subscription offer", () => {
    render(<ProductTemplate product={immuneDailyDefence} />)

    const sizes = screen.getByRole("group", { name: "Size" })
    expect(within(sizes).getByRole("radio", { name: /30 capsules.*\$31\.99.*Low stock/ })).toBeTruthy()
    expect(within(sizes).getByRole("radio", { name: /60 capsules.*\$54\.99.*Out of stock/ })).toHaveProperty(
      "disabled",
      true
    )
    expect(screen.getByRole("table").textContent).toContain("10 billion CFU")
    expect(screen.getByRole("complementary", { name: "Subscribe and save" }).textContent).toBe(
      "Subscribe & save 15%On every delivery, every 30, 60 or 90 days. Skip, pause or cancel whenever you like."
    )
  })

  it("shows the product's own subscription terms", () => {
    render(<ProductTemplate product={kidsBerryChewables} />)

    expect(screen.getByRole("complementary", { name: "Subscribe and save" }).textContent).toContain(
      "10%On every delivery, every 30 or 60 days"
    )
  })

  it("describes the product for search results without claims", () => {
    expect(productMetadataDescription(immuneDailyDefence)).toBe("Probiotic with vitamin D3 and zinc. From $31.99.")
    expect(productMetadataDescription({ ...immuneDailyDefence, subtitle: "Supports immunity*" })).toBe(
      "Immune Daily Defence. From $31.99."
    )
  })
})
