import { describe, expect, it } from "vitest"
import { parseMarkdown } from "./parse"

// Guide bodies come from an editor; a paste gone wrong must not stall the page that renders it.
const n = 20_000
const HOSTILE: Record<string, string> = {
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
}

describe("parsing hostile Markdown", () => {
  for (const [name, source] of Object.entries(HOSTILE)) {
    it(`stays fast on ${name}`, () => {
      const started = performance.now()
      const blocks = parseMarkdown(source)
      expect(performance.now() - started).toBeLessThan(2_000)
      expect(Array.isArray(blocks)).toBe(true)
    })
  }

  it("cuts a body longer than the limit instead of parsing it all", () => {
    const blocks = parseMarkdown("word ".repeat(100_000))
    const text = blocks[0]?.type === "paragraph" && blocks[0].children[0]?.type === "text" ? blocks[0].children[0].value : ""
    expect(text.length).toBeLessThanOrEqual(200_000)
  })
})
