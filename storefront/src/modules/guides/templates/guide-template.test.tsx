import { render, screen, within } from "@testing-library/react"
import { FDA_DISCLAIMER_PLURAL, FDA_DISCLAIMER_SINGULAR } from "@biome/shared"
import { describe, expect, it, vi } from "vitest"
import type { Guide } from "@/lib/guides"
import { immuneDailyDefence } from "@/test/catalog-fixtures"
import { GuideTemplate } from "./guide-template"

vi.mock("@/lib/actions/cart", () => ({ addFromGuideAction: vi.fn() }))
vi.mock("@/lib/actions/engagement", () => ({ guideFeedbackAction: vi.fn(), newsletterAction: vi.fn() }))

const guide: Guide = {
  id: "guide_1",
  slug: "daily-habits-for-a-healthy-gut-microbiome",
  title: "Daily habits for a healthy gut microbiome",
  summary: "Seven everyday habits linked to a diverse gut microbiome.",
  heroImageUrl: null,
  tags: ["habits", "microbiome"],
  readingMinutes: 8,
  publishedAt: "2026-01-10T00:00:00.000Z",
  updatedAt: "2026-01-20T00:00:00.000Z",
  author: { id: "a1", name: "Hannah Okafor", credentials: "MSc, RD", bio: "A registered dietitian.", photoUrl: null },
  reviewer: { id: "a2", name: "Dr. Elena Marsh", credentials: "MD, board-certified dermatologist", bio: null, photoUrl: null },
  body: [
    "## Move your body",
    "",
    "Regular exercise changes the gut microbiota[^2], and the gut talks to the skin[^1].",
    "",
    "Immune Daily Defence pairs two strains with vitamin D and zinc, which contribute to the normal function of the immune system*.",
    "",
    '::product{handle="immune-daily-defence"}',
    "",
    "### Start small",
    "",
    "A walk after dinner counts.",
  ].join("\n"),
  citations: [
    {
      position: 1,
      authors: "Salem I, et al.",
      title: "The Gut Microbiome as a Major Regulator of the Gut-Skin Axis",
      journal: "Front Microbiol",
      year: 2018,
      volume: "9",
      issue: null,
      pages: "1459",
      doi: "10.3389/fmicb.2018.01459",
      pmid: null,
      url: null,
    },
    {
      position: 2,
      authors: "Monda V, et al.",
      title: "Exercise Modifies the Gut Microbiota with Positive Health Effects",
      journal: "Oxid Med Cell Longev",
      year: 2017,
      volume: "2017",
      issue: null,
      pages: "3831972",
      doi: "10.1155/2017/3831972",
      pmid: "28357027",
      url: null,
    },
  ],
  products: [{ id: "prod_immune", handle: "immune-daily-defence", title: "Immune Daily Defence", thumbnail: null, isPrimary: true }],
  relatedGuides: [
    {
      id: "guide_2",
      slug: "fermented-foods-a-practical-guide",
      title: "Fermented foods: a practical guide",
      summary: "What fermentation does.",
      heroImageUrl: null,
      tags: ["habits"],
      readingMinutes: 6,
      publishedAt: "2026-01-05T00:00:00.000Z",
      updatedAt: null,
      author: null,
    },
  ],
}

describe("a guide page", () => {
  it("opens with the title, summary, reading time, author, reviewer and dates", () => {
    render(<GuideTemplate guide={guide} products={[immuneDailyDefence]} />)

    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Daily habits for a healthy gut microbiome")
    const meta = screen.getByTestId("guide-meta").textContent
    expect(meta).toContain("8 min read")
    expect(meta).toContain("By Hannah Okafor, MSc, RD")
    expect(meta).toContain("Reviewed by Dr. Elena Marsh, MD, board-certified dermatologist")
    expect(meta).toContain("Published January 10, 2026")
    expect(meta).toContain("Updated January 20, 2026")
    const authorBox = screen.getByRole("region", { name: "Who wrote this guide" })
    expect(authorBox.textContent).toContain("Hannah Okafor, MSc, RD")
    expect(authorBox.textContent).toContain("A registered dietitian.")
  })

  it("links each citation marker to its numbered reference with DOI and PubMed links", () => {
    render(<GuideTemplate guide={guide} products={[]} />)

    const marker = screen.getByRole("link", { name: "Reference 2" })
    expect(marker.getAttribute("href")).toBe("#ref-2")
    const references = screen.getByRole("region", { name: "References" })
    const second = references.querySelector("#ref-2")!
    expect(second.textContent).toContain("Exercise Modifies the Gut Microbiota with Positive Health Effects")
    expect(
      within(second as HTMLElement)
        .getByRole("link", { name: "doi:10.1155/2017/3831972" })
        .getAttribute("href")
    ).toBe("https://doi.org/10.1155/2017/3831972")
    expect(
      within(second as HTMLElement)
        .getByRole("link", { name: "PMID: 28357027" })
        .getAttribute("href")
    ).toBe("https://pubmed.ncbi.nlm.nih.gov/28357027/")
  })

  it("shows the product card where the text mentions it, with today's price, stock and two plain forms", () => {
    render(<GuideTemplate guide={guide} products={[immuneDailyDefence]} />)

    const card = within(screen.getByTestId("guide-body")).getByRole("complementary", { name: "Immune Daily Defence" })
    expect(card.previousElementSibling?.textContent).toContain("normal function of the immune system")
    expect(card.textContent).toContain("$31.99 · 30 capsules")
    expect(card.textContent).toContain("Low stock")
    expect(card.textContent).toContain("$27.19 with Subscribe & save (15% off), delivered every 30 days")
    const subscribe = within(card).getByRole("button", { name: "Subscribe & save on Immune Daily Defence, every 30 days" })
    const form = new FormData(subscribe.closest("form")!)
    expect([form.get("variant_id"), form.get("purchase"), form.get("interval_days")]).toEqual(["v30", "subscription", "30"])
    const once = new FormData(within(card).getByRole("button", { name: "Add to cart Immune Daily Defence" }).closest("form")!)
    expect([once.get("variant_id"), once.get("purchase"), once.get("interval_days")]).toEqual(["v30", "one_time", null])
  })

  it("features the primary linked product in the side panel", () => {
    render(<GuideTemplate guide={guide} products={[immuneDailyDefence]} />)

    const panel = screen.getByTestId("guide-aside")
    expect(panel.textContent).toContain("Our pick for this topic")
    expect(within(panel).getByRole("link", { name: "Immune Daily Defence" }).getAttribute("href")).toBe("/products/immune-daily-defence")
  })

  it("lists its sections in a contents list that links to each heading", () => {
    render(<GuideTemplate guide={guide} products={[]} />)

    const contents = screen.getByRole("navigation", { name: "In this guide" })
    const links = within(contents).getAllByRole("link")
    expect(links.map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
      ["Move your body", "#section-move-your-body"],
      ["Start small", "#section-start-small"],
    ])
    for (const link of links) expect(document.querySelector(link.getAttribute("href")!)).not.toBeNull()
  })

  it("carries the singular disclaimer for its one marked claim, and the plural one for more", () => {
    const { unmount } = render(<GuideTemplate guide={guide} products={[]} />)
    expect(screen.getByRole("complementary", { name: "FDA disclaimer" }).textContent).toContain(FDA_DISCLAIMER_SINGULAR)
    unmount()

    render(<GuideTemplate guide={{ ...guide, summary: "Habits that support digestive comfort*." }} products={[]} />)
    expect(screen.getByRole("complementary", { name: "FDA disclaimer" }).textContent).toContain(FDA_DISCLAIMER_PLURAL)
  })

  it("has no disclaimer box without marked claims", () => {
    render(<GuideTemplate guide={{ ...guide, body: "Plain education about fibre[^1]." }} products={[]} />)

    expect(screen.queryByRole("complementary", { name: "FDA disclaimer" })).toBeNull()
  })

  it("ends with feedback, more topics and the newsletter", () => {
    render(<GuideTemplate guide={guide} products={[]} />)

    const feedback = screen.getByRole("region", { name: "Was this helpful?" })
    expect(within(feedback).getByRole("button", { name: "Yes" })).toBeTruthy()
    expect(within(feedback).getByRole("button", { name: "No" })).toBeTruthy()
    expect(within(feedback).getByRole("textbox", { name: "Tell us more (optional)" })).toBeTruthy()
    const related = screen.getByRole("region", { name: "More topics for you" })
    expect(within(related).getByRole("link", { name: "Fermented foods: a practical guide" }).getAttribute("href")).toBe(
      "/guides/fermented-foods-a-practical-guide"
    )
    const newsletter = screen.getByRole("region", { name: "New guides in your inbox" })
    expect(within(newsletter).getByRole("textbox", { name: "Email address" })).toHaveProperty("type", "email")
    expect(within(newsletter).getByRole("button", { name: "Sign up" })).toBeTruthy()
  })
})
