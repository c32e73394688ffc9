import { render, screen, within } from "@testing-library/react"
import { FDA_DISCLAIMER_PLURAL, FDA_DISCLAIMER_SINGULAR } from "@biome/shared"
import { describe, expect, it, vi } from "vitest"
import type { Guide } from "@/lib/guides"
import { immuneDailyDefence } from "@/test/catalog-fixtures"
import { GuideTemplate } from "./guide-template"

vi.mock("@/lib/actions/cart", () => ({ subscribeFromGuideAction: vi.fn() }))
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
  ].join("\n"),
  citations: [
    { position: 1, authors: "Salem I, et al.", title: "The Gut Microbiome as a Major Regulator of the Gut-Skin Axis", journal: "Front Microbiol", year: 2018, volume: "9", issue: null, pages: "1459", doi: "10.3389/fmicb.2018.01459", pmid: null, url: null },
    { position: 2, authors: "Monda V, et al.", title: "Exercise Modifies the Gut Microbiota with Positive Health Effects", journal: "Oxid Med Cell Longev", year: 2017, volume: "2017", issue: null, pages: "3831972", doi: "10.1155/2017/3831972", pmid: "28357027", url: null },
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
    const meta = document.querySelector(".guide__meta")!.textContent
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
    expect(within(second as HTMLElement).getByRole("link", { name: "doi:10.1155/2017/3831972" }).getAttribute("href")).toBe(
      "https://doi.org/10.1155/2017/3831972"
    )
    expect(within(second as HTMLElement).getByRole("link", { name: "PMID: 28357027" }).getAttribute("href")).toBe(
      "https://pubmed.ncbi.nlm.nih.gov/28357027/"
    )
  })

  it("shows its linked products with today's price and a subscribe button", () => {
    render(<GuideTemplate guide={guide} products={[immuneDailyDefence]} />)

    const card = screen.getByRole("article", { name: "Immune Daily Defence" })
    expect(card.textContent).toContain("From $31.99")
    expect(card.textContent).toContain("$27.19 for 30 capsules with Subscribe & save (15% off)")
    expect(within(card).getByRole("button", { name: "Subscribe, every 30 days to Immune Daily Defence" })).toBeTruthy()
    const form = new FormData(within(card).getByRole("button").closest("form")!)
    expect([form.get("variant_id"), form.get("purchase"), form.get("interval_days")]).toEqual(["v30", "subscription", "30"])
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

  it("ends with feedback, related guides and the newsletter", () => {
    render(<GuideTemplate guide={guide} products={[]} />)

    const feedback = screen.getByRole("region", { name: "Was this helpful?" })
    expect(within(feedback).getByRole("button", { name: "Yes" })).toBeTruthy()
    expect(within(feedback).getByRole("button", { name: "No" })).toBeTruthy()
    expect(within(feedback).getByRole("textbox", { name: "Tell us more (optional)" })).toBeTruthy()
    const related = screen.getByRole("region", { name: "Related guides" })
    expect(within(related).getByRole("link", { name: "Fermented foods: a practical guide" }).getAttribute("href")).toBe(
      "/guides/fermented-foods-a-practical-guide"
    )
    const newsletter = screen.getByRole("region", { name: "New guides in your inbox" })
    expect(within(newsletter).getByRole("textbox", { name: "Email address" })).toHaveProperty("type", "email")
    expect(within(newsletter).getByRole("button", { name: "Sign up" })).toBeTruthy()
  })
})
