import { render, screen } from "@testing-library/react"
import { FDA_DISCLAIMER_SINGULAR } from "@biome/shared"
import { describe, expect, it, vi } from "vitest"
import { immuneDailyDefence, kidsBerryChewables } from "@/test/catalog-fixtures"
import { HomeTemplate } from "./home-template"

vi.mock("@/lib/actions/engagement", () => ({ newsletterAction: vi.fn() }))

describe("the home page", () => {
  it("lists every product with a link to its page, entry price and total count", () => {
    render(<HomeTemplate products={[immuneDailyDefence, kidsBerryChewables]} productCount={2} />)

    const links = screen.getAllByRole("link").filter((a) => a.getAttribute("href")?.startsWith("/products/"))
    expect(links.map((a) => a.getAttribute("href"))).toEqual(["/products/immune-daily-defence", "/products/kids-berry-chewables"])
    const immune = screen.getByRole("heading", { name: "Immune Daily Defence" }).closest("article")!
    expect(immune.textContent).toContain("From $31.99")
    expect(immune.textContent).toContain("10 billion CFU")
    expect(immune.textContent).not.toContain("Out of stock")
    const kids = screen.getByRole("heading", { name: "Kids' Berry Chewables" }).closest("article")!
    expect(kids.textContent).toContain("Out of stock")
  })

  it("counts the whole catalog in its link to the shop, not only the products it features", () => {
    const { unmount } = render(<HomeTemplate products={[immuneDailyDefence, kidsBerryChewables]} productCount={130} />)

    expect(screen.getByRole("link", { name: "See all 130 products" }).getAttribute("href")).toBe("/store")
    unmount()
    // Everything is already on the home page: no link that promises more.
    render(<HomeTemplate products={[immuneDailyDefence, kidsBerryChewables]} productCount={2} />)
    expect(screen.queryByRole("link", { name: /See all/ })).toBeNull()
  })

  it("shows no disclaimer box while the cards carry no claims", () => {
    render(<HomeTemplate products={[immuneDailyDefence]} productCount={1} />)

    expect(screen.queryByRole("complementary", { name: "FDA disclaimer" })).toBeNull()
  })

  it("shows the disclaimer once a card carries a marked claim", () => {
    render(<HomeTemplate products={[{ ...immuneDailyDefence, subtitle: "Supports a normal immune function*" }]} productCount={1} />)

    expect(screen.getByRole("complementary", { name: "FDA disclaimer" }).textContent).toContain(FDA_DISCLAIMER_SINGULAR)
  })

  it("says so when nothing is on sale yet", () => {
    render(<HomeTemplate products={[]} productCount={0} />)

    expect(screen.getByText(/No products are on sale yet/)).toBeTruthy()
  })

  it("shows the latest guides and the newsletter sign-up", () => {
    render(
      <HomeTemplate
        products={[immuneDailyDefence]}
        productCount={1}
        guides={[
          {
            id: "g1",
            slug: "what-is-the-gut-skin-axis",
            title: "What is the gut-skin axis?",
            summary: "How the gut and the skin exchange signals.",
            heroImageUrl: null,
            tags: ["gut-skin axis"],
            readingMinutes: 7,
            publishedAt: "2026-01-10T00:00:00.000Z",
            updatedAt: null,
            author: { id: "a", name: "Dr. Samuel Reyes", credentials: "PhD", bio: null, photoUrl: null },
          },
        ]}
      />
    )

    const latest = screen.getByRole("region", { name: "Latest guides" })
    expect(latest.textContent).toContain("By Dr. Samuel Reyes · 7 min read · January 10, 2026")
    expect(screen.getByRole("link", { name: "What is the gut-skin axis?" }).getAttribute("href")).toBe("/guides/what-is-the-gut-skin-axis")
    expect(screen.getByRole("button", { name: "Sign up" })).toBeTruthy()
  })
})
