import { describe, expect, it, vi } from "vitest"
import { bodyOf, fakeBackend, json, TEST_PUBLISHABLE_KEY, useFakeBackend } from "@/test/fake-backend"
import { NotFoundError } from "./errors"
import { getGuideBySlug, listGuides, listProductGuides, sendGuideFeedback } from "./guides"

vi.mock("next/headers", async () => (await import("@/test/fake-cookies")).nextHeadersMock)

useFakeBackend({})

const author = { id: "ga_1", name: "Dr. Samuel Reyes", credentials: "PhD, Microbiology", photo_url: null }
const card = (slug: string, overrides: Record<string, unknown> = {}) => ({
  id: `guide_${slug}`,
  slug,
  title: `Guide ${slug}`,
  summary: "A summary.",
  hero_image_url: null,
  tags: ["microbiome"],
  reading_minutes: 6,
  published_at: "2026-01-10T00:00:00.000Z",
  updated_at: "2026-01-12T00:00:00.000Z",
  author,
  ...overrides,
})

describe("guides from the backend", () => {
  it("lists published guides by topic, cached under the guides tag", async () => {
    const backend = fakeBackend({ "/store/guides": () => json({ guides: [card("a")], count: 1 }) })

    const { guides, count } = await listGuides({ tag: " Skin ", limit: 5 })

    expect(count).toBe(1)
    expect(guides[0]).toMatchObject({
      slug: "a",
      readingMinutes: 6,
      author: { name: "Dr. Samuel Reyes", credentials: "PhD, Microbiology" },
    })
    const request = backend.requests[0]!
    expect(request.url.searchParams.get("tag")).toBe("skin")
    expect(request.url.searchParams.get("limit")).toBe("5")
    expect(request.headers.get("x-publishable-api-key")).toBe(TEST_PUBLISHABLE_KEY)
    expect(request.init.next).toEqual({ tags: ["guides"], revalidate: 300 })
  })

  it("reads one guide with ordered references and its products, primary first", async () => {
    const backend = fakeBackend({
      "/store/guides/what-is-the-gut-skin-axis": () =>
        json({
          guide: {
            ...card("what-is-the-gut-skin-axis"),
            body: "Text[^1].",
            reviewer: { id: "ga_2", name: "Dr. Elena Marsh", credentials: "MD", bio: "Reviews guides." },
            citations: [
              { position: 2, title: "Second", authors: "Sinha S", journal: "Clin Dermatol", year: 2021, doi: "10.1016/x" },
              { position: 1, title: "First", authors: "Salem I", journal: "Front Microbiol", year: 2018, doi: "10.3389/y", pmid: null },
            ],
            products: [
              { id: "prod_b", handle: "b", title: "B", thumbnail: null, is_primary: false, position: 0 },
              { id: "prod_a", handle: "a", title: "A", thumbnail: null, is_primary: true, position: 1 },
            ],
            related_guides: [card("fermented-foods")],
          },
        }),
    })

    const guide = await getGuideBySlug("what-is-the-gut-skin-axis")

    expect(guide.citations.map((c) => c.position)).toEqual([1, 2])
    expect(guide.products.map((p) => [p.handle, p.isPrimary])).toEqual([
      ["a", true],
      ["b", false],
    ])
    expect(guide.reviewer).toMatchObject({ name: "Dr. Elena Marsh", credentials: "MD" })
    expect(guide.relatedGuides.map((g) => g.slug)).toEqual(["fermented-foods"])
    expect(backend.requests[0]!.init.next?.tags).toEqual(["guides", "guide:what-is-the-gut-skin-axis"])
  })

  it("is NotFound for an unpublished guide, and for a slug that could never exist without asking", async () => {
    const backend = fakeBackend({ "/store/guides/draft-guide": () => json({ type: "not_found", message: "No published guide" }, 404) })

    await expect(getGuideBySlug("draft-guide")).rejects.toBeInstanceOf(NotFoundError)
    await expect(getGuideBySlug("../admin")).rejects.toBeInstanceOf(NotFoundError)
    expect(backend.requests).toHaveLength(1)
  })

  it("lists a product's guides with the primary one first, tagged with the product", async () => {
    const backend = fakeBackend({
      "/store/products/prod_daily/guides": () =>
        json({ guides: [card("second", { is_primary: false }), card("primary", { is_primary: true })] }),
    })

    const guides = await listProductGuides({ id: "prod_daily", handle: "daily-balance-probiotic" })

    expect(guides.map((g) => [g.slug, g.isPrimary])).toEqual([
      ["primary", true],
      ["second", false],
    ])
    expect(backend.requests[0]!.init.next?.tags).toEqual(["guides", "products", "product:daily-balance-probiotic"])
  })

  it("stores a reader's feedback, and is NotFound while the backend has no feedback route", async () => {
    const backend = fakeBackend({ "/store/guides/a/feedback": () => json({ feedback: { id: "f_1" } }, 201) })

    await sendGuideFeedback("a", { helpful: false, comment: "More on kefir please" })

    expect(backend.requests[0]!.init.method).toBe("POST")
    expect(bodyOf(backend.requests[0]!)).toEqual({ helpful: false, comment: "More on kefir please" })
    expect(backend.requests[0]!.init.cache).toBe("no-store")

    fakeBackend({})
    await expect(sendGuideFeedback("a", { helpful: true })).rejects.toBeInstanceOf(NotFoundError)
  })
})
