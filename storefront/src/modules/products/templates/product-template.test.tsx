import { fireEvent, render, screen, waitFor, within } from "@testing-library/react"
import { FDA_DISCLAIMER_PLURAL, FDA_DISCLAIMER_SINGULAR } from "@biome/shared"
import { describe, expect, it, vi } from "vitest"
import type { ProductGuide } from "@/lib/guides"
import { immuneDailyDefence, kidsBerryChewables } from "@/test/catalog-fixtures"
import { ProductTemplate, productMetadataDescription } from "./product-template"

vi.mock("@/lib/actions/subscriptions", () => ({ addToNextDeliveryAction: vi.fn() }))
vi.mock("@/lib/actions/cart", () => ({ addToCartAction: vi.fn() }))
vi.mock("@/lib/actions/engagement", () => ({ notifyMeAction: vi.fn() }))

const guide = (slug: string, isPrimary: boolean, summary = "A guide."): ProductGuide => ({
  id: `guide_${slug}`,
  slug,
  title: `Guide ${slug}`,
  summary,
  heroImageUrl: null,
  tags: [],
  readingMinutes: 5,
  publishedAt: null,
  updatedAt: null,
  author: null,
  isPrimary,
})

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
    expect(within(sizes).getByRole("radio", { name: /60 capsules.*\$54\.99.*Out of stock/ })).toHaveProperty("checked", false)
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

  it("lets the customer buy once or subscribe and save, and add to the cart", () => {
    render(<ProductTemplate product={immuneDailyDefence} />)

    const choice = screen.getByRole("radiogroup")
    expect(within(choice).getByRole("radio", { name: "One-time purchase" })).toBeTruthy()
    expect(within(choice).getByRole("radio", { name: "Subscribe & save" })).toBeTruthy()
    expect(screen.getByRole("button", { name: "Add to cart" })).toBeTruthy()
  })

  it("offers 'Notify me' only once the sold-out size is chosen, the logged-in customer's email filled in by the browser", async () => {
    // The page itself is cached for everyone: the email comes from /api/visitor after it loads.
    const visitorRequests: string[] = []
    vi.stubGlobal("fetch", async (input: string) => {
      visitorRequests.push(String(input))
      return Response.json({ cartCount: 0, email: "jane@example.com" })
    })
    render(<ProductTemplate product={immuneDailyDefence} />)
    expect(screen.queryByRole("button", { name: "Notify me" })).toBeNull()

    fireEvent.click(screen.getByRole("radio", { name: /60 capsules/ }))

    expect(screen.getByRole("button", { name: "Add to cart" })).toHaveProperty("disabled", true)
    const notify = screen.getByRole("region", { name: "60 capsules: back soon" })
    const field = within(notify).getByRole("textbox", { name: "Email address" })
    await waitFor(() => expect(field).toHaveProperty("value", "jane@example.com"))
    // Only the per-visitor route is asked (once per mounted field), never the page's own data.
    expect(visitorRequests.length).toBeGreaterThan(0)
    // (The email for this field; whether the visitor has subscription deliveries to add to.)
    expect(new Set(visitorRequests)).toEqual(new Set(["/api/visitor?email=1", "/api/visitor?deliveries=1"]))
    vi.unstubAllGlobals()
    expect((notify.querySelector("input[name=variant_id]") as HTMLInputElement).value).toBe("v60")
    expect(within(notify).getByRole("button", { name: "Notify me" })).toBeTruthy()

    fireEvent.click(screen.getByRole("radio", { name: /30 capsules/ }))
    expect(screen.queryByRole("button", { name: "Notify me" })).toBeNull()
    expect(screen.getByRole("button", { name: "Add to cart" })).toHaveProperty("disabled", false)
  })

  it("has no 'Notify me' while every size is in stock", () => {
    render(<ProductTemplate product={{ ...immuneDailyDefence, variants: [immuneDailyDefence.variants[0]!] }} />)

    expect(screen.queryByRole("button", { name: "Notify me" })).toBeNull()
  })

  it("shows the linked guides in order, the primary one first and prominent", () => {
    render(
      <ProductTemplate product={immuneDailyDefence} guides={[guide("primary", true), guide("second", false), guide("third", false)]} />
    )

    const section = screen.getByRole("region", { name: "Learn more" })
    const primary = within(section).getByRole("article", { name: "Guide primary" })
    expect(primary.textContent).toContain("Start here")
    const others = within(section).getByRole("list")
    expect(
      within(others)
        .getAllByRole("link")
        .map((a) => a.getAttribute("href"))
    ).toEqual(["/guides/second", "/guides/third"])
  })

  it("counts a claim in a guide summary towards the disclaimer's wording", () => {
    render(
      <ProductTemplate
        product={{ ...immuneDailyDefence, description: "A daily capsule." }}
        guides={[guide("primary", true, "How fibre supports digestive comfort*.")]}
      />
    )

    expect(screen.getByRole("complementary", { name: "FDA disclaimer" }).textContent).toContain(FDA_DISCLAIMER_SINGULAR)
  })

  it("describes the product for search results without claims", () => {
    expect(productMetadataDescription(immuneDailyDefence)).toBe("Probiotic with vitamin D3 and zinc. From $31.99.")
    expect(productMetadataDescription({ ...immuneDailyDefence, subtitle: "Supports immunity*" })).toBe("Immune Daily Defence. From $31.99.")
  })
})
