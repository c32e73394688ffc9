import { render, screen, within } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"
import type { GuideCard } from "@/lib/guides"
import { GuidesIndexTemplate } from "./guides-index-template"

vi.mock("@/lib/actions/engagement", () => ({ newsletterAction: vi.fn() }))

const card = (slug: string, tags: string[]): GuideCard => ({
  id: slug,
  slug,
  title: slug.replace(/-/g, " "),
  summary: `About ${slug}.`,
  heroImageUrl: null,
  tags,
  readingMinutes: 5,
  publishedAt: "2026-01-10T00:00:00.000Z",
  updatedAt: null,
  author: null,
})

const all = [
  card("newest-guide", ["habits"]),
  card("fibre-basics", ["habits"]),
  card("sleep-well", ["habits", "sleep"]),
  card("label-reading", ["labels"]),
]

describe("the guides index", () => {
  it("features the newest guide, then a section per shared topic with its guides, and keeps the topic filter", () => {
    render(
      <GuidesIndexTemplate
        guides={all}
        allGuides={all}
        topics={["habits", "labels", "sleep"]}
        activeTopic={null}
        query=""
        page={1}
        pageCount={1}
      />
    )

    const featured = screen.getByRole("region", { name: "Featured guide" })
    expect(within(featured).getByRole("link", { name: "newest guide" })).toBeTruthy()
    const habits = screen.getByRole("region", { name: "Habits" })
    expect(
      within(habits)
        .getAllByRole("heading", { level: 3 })
        .map((h) => h.textContent)
    ).toEqual(["newest guide", "fibre basics", "sleep well"])
    expect(within(habits).getByRole("link", { name: "All guides about habits" }).getAttribute("href")).toBe("/guides?tag=habits")
    // A topic only one guide has gets no section of its own; its guide closes the page.
    expect(screen.queryByRole("region", { name: "Labels" })).toBeNull()
    expect(
      within(screen.getByRole("region", { name: "More guides" }))
        .getAllByRole("heading", { level: 3 })
        .map((h) => h.textContent)
    ).toEqual(["label reading"])
    const filter = screen.getByRole("navigation", { name: "Topics" })
    expect(
      within(filter)
        .getAllByRole("link")
        .map((a) => a.textContent)
    ).toEqual(["All topics", "Habits", "Labels", "Sleep"])
  })

  it("shows only the chosen topic's guides once a topic is picked", () => {
    render(
      <GuidesIndexTemplate
        guides={[all[3]!]}
        allGuides={all}
        topics={["habits", "labels"]}
        activeTopic="labels"
        query=""
        page={1}
        pageCount={1}
      />
    )

    expect(screen.queryByRole("region", { name: "Featured guide" })).toBeNull()
    const results = screen.getByRole("region", { name: "Guides about labels" })
    expect(
      within(results)
        .getAllByRole("heading", { level: 3 })
        .map((h) => h.textContent)
    ).toEqual(["label reading"])
  })
})
