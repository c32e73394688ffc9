import { render, screen } from "@testing-library/react"
import { prepareGuideBody, safeHref } from "@biome/shared"
import { describe, expect, it, vi } from "vitest"
import type { CatalogProduct } from "@/lib/catalog"
import type { Citation } from "@/lib/guides"
import { immuneDailyDefence } from "@/test/catalog-fixtures"
import { MarkdownBody } from "./markdown-body"
import { ReferenceList } from "./reference-list"

vi.mock("@/lib/actions/cart", () => ({ addFromGuideAction: vi.fn() }))

function renderBody(markdown: string, citations: number[] = [1, 2], products: CatalogProduct[] = []) {
  const body = prepareGuideBody(markdown, { citations })
  return render(<MarkdownBody body={body} products={new Map(products.map((p) => [p.handle, p]))} />).container
}

/** Every attribute name in the rendered DOM, to prove no handler or style slipped through. */
function attributeNames(container: HTMLElement): string[] {
  return [...container.querySelectorAll("*")].flatMap((el) => [...el.attributes].map((a) => a.name))
}

describe("rendering a guide's Markdown", () => {
  it("renders headings, paragraphs, emphasis, lists, quotes and links", () => {
    const container = renderBody(
      [
        "# Title in the body",
        "",
        "## Two organs",
        "",
        "Both the **gut** and the *skin* carry `microbes`; see [the review](https://doi.org/10.3389/fmicb.2018.01459).",
        "",
        "- **Immune signalling.** Cells travel.",
        "- Metabolites",
        "  - short-chain fatty acids",
        "",
        "1. Eat plants",
        "2. Sleep",
        "",
        "> See a doctor about any skin concern.",
      ].join("\n")
    )

    expect([...container.querySelectorAll("h2")].map((h) => h.textContent)).toEqual(["Title in the body", "Two organs"])
    expect(container.querySelector("h2")?.id).toBe("section-title-in-the-body")
    expect(container.querySelector("strong")?.textContent).toBe("gut")
    expect(container.querySelector("em")?.textContent).toBe("skin")
    expect(container.querySelector("code")?.textContent).toBe("microbes")
    const link = container.querySelector("a[href^='https://doi.org']")!
    expect(link.textContent).toBe("the review")
    expect(link.getAttribute("rel")).toBe("noopener noreferrer")
    const bullets = container.querySelector("ul")!
    expect(bullets.children).toHaveLength(2)
    expect(bullets.querySelector("li ul li")?.textContent).toBe("short-chain fatty acids")
    expect([...container.querySelectorAll("ol > li")].map((li) => li.textContent)).toEqual(["Eat plants", "Sleep"])
    expect(container.querySelector("blockquote")?.textContent?.trim()).toBe("See a doctor about any skin concern.")
  })

  it("never runs a script from content: tags are dropped with the script's code", () => {
    const container = renderBody('Before <script>alert("xss")</script> after.\n\n<SCRIPT src="https://evil.example/x.js"></SCRIPT>')

    expect(container.querySelector("script")).toBeNull()
    expect(container.textContent).not.toContain("alert")
    expect(container.textContent).toContain("Before  after.")
    expect(container.innerHTML).not.toMatch(/<script/i)
  })

  it("never carries an event handler, a style or a frame from content", () => {
    const container = renderBody(
      [
        '<img src="x" onerror="alert(1)">',
        '<a href="https://example.com" onclick="alert(2)">click</a>',
        '<div style="position:fixed" onmouseover="alert(3)">hover</div>',
        '<iframe src="https://evil.example"></iframe><svg onload="alert(4)"></svg>',
        'Inline <span onclick="alert(5)">words</span> and [link](https://example.com "a title")',
      ].join("\n\n")
    )

    const names = attributeNames(container)
    expect(names.filter((n) => n.startsWith("on"))).toEqual([])
    expect(names).not.toContain("style")
    expect(container.querySelector('img, iframe, svg, span, [data-testid="guide-body"] div')).toBeNull()
    expect(container.querySelectorAll("p:empty")).toHaveLength(0)
    expect(container.innerHTML).not.toMatch(/onerror|onclick|onmouseover|onload/i)
    // A block of raw HTML (a line starting with a block tag) goes whole; inline tags go and their words stay.
    expect(container.textContent).not.toContain("hover")
    expect(container.textContent).toContain("click")
    expect(container.textContent).toContain("Inline words and link")
  })

  it("refuses javascript:, data: and other non-http links, keeping their words", () => {
    const container = renderBody(
      [
        "[a](javascript:alert(1))",
        "[b](JaVaScRiPt:alert(1))",
        "[c](java&#x09;script:alert(1))",
        "[d](&#106;avascript:alert(1))",
        "[e](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[f](vbscript:msgbox(1))",
        "[g](//evil.example/path)",
        "<javascript:alert(1)>",
        "![h](javascript:alert(1))",
      ].join("\n\n")
    )

    expect(container.querySelectorAll("a")).toHaveLength(0)
    expect(container.querySelectorAll("img")).toHaveLength(0)
    const values = [...container.querySelectorAll("*")].flatMap((el) => [...el.attributes].map((a) => a.value))
    expect(values.filter((v) => /javascript:|data:|vbscript:|evil/i.test(v))).toEqual([])
    expect(container.textContent).toContain("a")
    expect(container.textContent).toContain("g")
  })

  it("keeps http(s) links and links within the shop", () => {
    const container = renderBody(
      "[study](http://example.org/a) · [guide](/guides/fermented-foods-a-practical-guide) · <https://pubmed.ncbi.nlm.nih.gov/>"
    )

    expect([...container.querySelectorAll("a")].map((a) => a.getAttribute("href"))).toEqual([
      "http://example.org/a",
      "/guides/fermented-foods-a-practical-guide",
      "https://pubmed.ncbi.nlm.nih.gov/",
    ])
  })

  it("turns citation markers into numbered links to the reference list", () => {
    const container = renderBody("The gut-skin axis[^1] is studied[1][^2]; both reviews agree[1, 2]. Unknown[^9] and [see 3].")

    const links = [...container.querySelectorAll("sup.citation a")]
    expect(links.map((a) => a.getAttribute("href"))).toEqual(["#ref-1", "#ref-1", "#ref-2", "#ref-1", "#ref-2"])
    expect(links.map((a) => a.textContent)).toEqual(["1", "1", "2", "1", "2"])
    expect(links.map((a) => a.id)).toEqual(["cite-1-1", "cite-1-2", "cite-2-1", "cite-1-3", "cite-2-2"])
    expect(links[0]?.getAttribute("aria-label")).toBe("Reference 1")
    // A number without a reference is left as the writer typed it.
    expect(container.textContent).toContain("Unknown[^9]")
    expect(container.textContent).toContain("[see 3]")
  })

  it("keeps each claim's asterisk visible, linked to the disclaimer, and tells emphasis apart", () => {
    const source = "Zinc contributes to the maintenance of normal skin*. *Lacticaseibacillus rhamnosus* GG supports digestive comfort*."
    const container = renderBody(source)

    const marks = container.querySelectorAll("a.claim-mark")
    expect(marks).toHaveLength(2)
    expect(marks[0]?.getAttribute("href")).toBe("#fda-disclaimer")
    expect(container.querySelector("em")?.textContent).toBe("Lacticaseibacillus rhamnosus")
    expect(prepareGuideBody(source).claims).toBe(2)
  })

  it("skips footnote definitions and reports which references the body cites", () => {
    const source = "Text[^2] and more[^1].\n\n[^1]: Salem I, et al.\n[^2]: Sinha S, et al."
    const container = renderBody(source)

    expect(prepareGuideBody(source, { citations: [1, 2] }).cited).toEqual([2, 1])
    expect(container.querySelectorAll('[data-testid="guide-body"] > *')).toHaveLength(1)
    expect(container.textContent).not.toContain("Salem")
  })

  it("renders GFM tables and strikethrough, and numbers headings h2 to h4 under the page title", () => {
    const container = renderBody(
      "| Strain | CFU |\n| --- | ---: |\n| GG | 10 billion |\n\n~~old name~~\n\n### Sub\n\n#### Detail\n\n###### Deep"
    )

    expect(container.querySelector("table td[align='right']")?.textContent).toBe("10 billion")
    expect(container.querySelector("del")?.textContent).toBe("old name")
    expect([...container.querySelectorAll("h3, h4")].map((h) => `${h.tagName}:${h.id}`)).toEqual([
      "H3:section-sub",
      "H4:section-detail",
      "H4:section-deep",
    ])
  })

  it("shows a product card where the writer put it, and leaves out a card for a product the guide does not sell", () => {
    const container = renderBody(
      ["Before the card.", '::product{handle="immune-daily-defence"}', "Between.", '::product{handle="not-linked"}', "After."].join("\n\n"),
      [],
      [immuneDailyDefence]
    )

    const children = [...screen.getByTestId("guide-body").children].map((el) => el.tagName + (el.getAttribute("data-product-handle") ?? ""))
    expect(children).toEqual(["P", "ASIDEimmune-daily-defence", "P", "P"])
    const card = container.querySelector("aside[data-product-handle]")!
    expect(card.querySelector("img")?.getAttribute("src")).toBe(immuneDailyDefence.thumbnail)
    expect([...card.querySelectorAll("button")].map((b) => b.textContent)).toEqual([
      "Subscribe & save on Immune Daily Defence, every 30 days",
      "Add to cart Immune Daily Defence",
    ])
  })

  it("builds every element with React, never from an HTML string", () => {
    const container = renderBody("&lt;b&gt;not bold&lt;/b&gt; &amp; <b>dropped tag</b>")

    expect(container.querySelector("b")).toBeNull()
    expect(container.textContent).toBe("<b>not bold</b> & dropped tag")
  })
})

describe("which addresses may become links", () => {
  it("allows http(s), shop paths and page anchors only", () => {
    expect(safeHref("https://doi.org/10.1/x")?.href).toBe("https://doi.org/10.1/x")
    expect(safeHref("/products/daily-balance-probiotic")).toEqual({ href: "/products/daily-balance-probiotic", external: false })
    expect(safeHref("#ref-1")).toEqual({ href: "#ref-1", external: false })
    for (const bad of [
      "javascript:alert(1)",
      " javascript:alert(1)",
      "java\nscript:alert(1)",
      "data:text/html,x",
      "//evil.example",
      "/\\evil.example",
      "mailto:x@y.z",
      "relative/path",
      "#<script>",
    ]) {
      expect(safeHref(bad), bad).toBeNull()
    }
  })
})

describe("the reference list", () => {
  const citations: Citation[] = [
    {
      position: 1,
      authors: "Salem I, Ramser A, Isham N, Ghannoum MA",
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
      url: "javascript:alert(1)",
    },
  ]

  it("numbers each reference as #ref-N with its DOI and PubMed links and a way back", () => {
    const { container } = render(<ReferenceList citations={citations} cited={[1]} />)

    const items = container.querySelectorAll("ol li")
    expect([...items].map((li) => li.id)).toEqual(["ref-1", "ref-2"])
    expect(items[0]?.textContent).toContain("Front Microbiol. 2018;9:1459.")
    const hrefs = [...container.querySelectorAll("a")].map((a) => a.getAttribute("href"))
    expect(hrefs).toContain("https://doi.org/10.3389/fmicb.2018.01459")
    expect(hrefs).toContain("https://doi.org/10.1155/2017/3831972")
    expect(hrefs).toContain("https://pubmed.ncbi.nlm.nih.gov/28357027/")
    expect(hrefs).toContain("#cite-1-1")
    expect(hrefs).not.toContain("#cite-2-1")
    expect(container.innerHTML).not.toContain("javascript:")
  })
})
