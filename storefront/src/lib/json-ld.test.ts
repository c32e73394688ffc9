import { describe, expect, it } from "vitest"
import { immuneDailyDefence } from "@/test/catalog-fixtures"
import type { Guide } from "./guides"
import { serializeJsonLd } from "./json-ld"
import { articleJsonLd, productJsonLd } from "./structured-data"

describe("JSON-LD serialisation", () => {
  it("cannot be ended early by a value that contains </script>", () => {
    const json = serializeJsonLd({ name: '</script><script>alert("x")</script>', note: "a > b & c" })

    expect(json).not.toContain("<")
    expect(json).not.toContain(">")
    expect(json).not.toContain("&")
    expect(json).toContain("\\u003c/script\\u003e")
  })

  it("reads back as exactly the same data", () => {
    const data = { name: "Kids' <Berry> Chewables & more", line: "a\u2028b\u2029c", price: "21.99" }

    const json = serializeJsonLd(data)

    expect(json).not.toMatch(/[\u2028\u2029]/)
    expect(JSON.parse(json)).toEqual(data)
  })
})

describe("structured data for a product", () => {
  it("offers each priced size with its price, currency and availability", () => {
    const data = productJsonLd(immuneDailyDefence, "https://shop.example/products/immune-daily-defence")

    expect(data).toMatchObject({ "@type": "Product", name: "Immune Daily Defence", brand: { name: "Biome & Bloom" } })
    expect(data.offers).toEqual([
      expect.objectContaining({
        "@type": "Offer",
        price: "31.99",
        priceCurrency: "USD",
        availability: "https://schema.org/LimitedAvailability",
      }),
      expect.objectContaining({ "@type": "Offer", price: "54.99", priceCurrency: "USD", availability: "https://schema.org/OutOfStock" }),
    ])
  })
})

describe("structured data for a guide", () => {
  it("is an Article with its author, dates and every cited study", () => {
    const guide: Guide = {
      id: "g1",
      slug: "what-is-the-gut-skin-axis",
      title: "What is the gut-skin axis?",
      summary: "How the gut and the skin exchange signals.",
      heroImageUrl: null,
      tags: ["gut-skin axis"],
      readingMinutes: 7,
      publishedAt: "2026-01-10T00:00:00.000Z",
      updatedAt: "2026-01-12T00:00:00.000Z",
      author: { id: "a", name: "Dr. Samuel Reyes", credentials: "PhD, Microbiology", bio: null, photoUrl: null },
      reviewer: { id: "r", name: "Dr. Elena Marsh", credentials: "MD", bio: null, photoUrl: null },
      body: "",
      citations: [
        {
          position: 1,
          authors: "Monda V, et al.",
          title: "Exercise Modifies the Gut Microbiota",
          journal: "Oxid Med Cell Longev",
          year: 2017,
          volume: null,
          issue: null,
          pages: null,
          doi: "10.1155/2017/3831972",
          pmid: "28357027",
          url: null,
        },
      ],
      products: [],
      relatedGuides: [],
    }

    const data = articleJsonLd(guide, "https://shop.example/guides/what-is-the-gut-skin-axis")

    expect(data).toMatchObject({
      "@type": "Article",
      headline: "What is the gut-skin axis?",
      datePublished: "2026-01-10T00:00:00.000Z",
      author: { "@type": "Person", name: "Dr. Samuel Reyes" },
    })
    expect(data.citation).toEqual([
      expect.objectContaining({
        "@type": "ScholarlyArticle",
        name: "Exercise Modifies the Gut Microbiota",
        url: "https://doi.org/10.1155/2017/3831972",
        identifier: ["doi:10.1155/2017/3831972", "pmid:28357027"],
      }),
    ])
  })
})
