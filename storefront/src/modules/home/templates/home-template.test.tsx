import { render, screen } from "@testing-library/react"
import { FDA_DISCLAIMER_SINGULAR } from "@biome/shared"
import { describe, expect, it } from "vitest"
import { immuneDailyDefence, kidsBerryChewables } from "@/test/catalog-fixtures"
import { HomeTemplate } from "./home-template"

describe("the home page", () => {
  it("lists every product with a link to its page, entry price and total count", () => {
    render(<HomeTemplate products={[immuneDailyDefence, kidsBerryChewables]} />)

    const links = screen.getAllByRole("link").filter((a) => a.getAttribute("href")?.startsWith("/products/"))
    expect(links.map((a) => a.getAttribute("href"))).toEqual([
      "/products/immune-daily-defence",
      "/products/kids-berry-chewables",
    ])
    const immune = screen.getByRole("heading", { name: "Immune Daily Defence" }).closest("article")!
    expect(immune.textContent).toContain("From $31.99")
    expect(immune.textContent).toContain("10 billion CFU")
    expect(immune.textContent).not.toContain("Out of stock")
    const kids = screen.getByRole("heading", { name: "Kids' Berry Chewables" }).closest("article")!
    expect(kids.textContent).toContain("Out of stock")
  })

  it("shows no disclaimer box while the cards carry no claims", () => {
    render(<HomeTemplate products={[immuneDailyDefence]} />)

    expect(screen.queryByRole("complementary", { name: "FDA disclaimer" })).toBeNull()
  })

  it("shows the disclaimer once a card carries a marked claim", () => {
    render(<HomeTemplate products={[{ ...immuneDailyDefence, subtitle: "Supports a normal immune function*" }]} />)

    expect(screen.getByRole("complementary", { name: "FDA disclaimer" }).textContent).toContain(FDA_DISCLAIMER_SINGULAR)
  })

  it("says so when nothing is on sale yet", () => {
    render(<HomeTemplate products={[]} />)

    expect(screen.getByText(/No products are on sale yet/)).toBeTruthy()
  })
})
