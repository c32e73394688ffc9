import { describe, expect, it } from "vitest"
import { checkClaims } from "./check-claims"
import { maskMarkdown, splitSentences } from "./text"

/** The sentences of a text as the claims check reads them: "P" marks the first sentence of a block. */
function sentences(text: string): string[] {
  return splitSentences(text, maskMarkdown(text)).map((s) => `${s.paragraphStart ? "P " : "- "}${text.slice(s.start, s.end)}`)
}

describe("the claims check reads blocks from the Markdown syntax tree", () => {
  it("starts a block at a list item, a heading, a table cell and a quoted paragraph", () => {
    const text = [
      "## Fibre and your gut",
      "Fibre feeds gut bacteria",
      "- kefir is a fermented milk",
      "- sauerkraut is fermented cabbage",
      "",
      "| Food | what it adds |",
      "| --- | --- |",
      "| Kefir | live cultures |",
      "",
      "> our reviewers read every label",
    ].join("\n")
    expect(sentences(text)).toEqual([
      "P Fibre and your gut",
      "P Fibre feeds gut bacteria",
      "- kefir is a fermented milk",
      "- sauerkraut is fermented cabbage",
      "P Food",
      "P what it adds",
      "P Kefir",
      "P live cultures",
      "P our reviewers read every label",
    ])
  })

  it("keeps a table row's cells apart, so a claim is not read across two cells", () => {
    const text = "| Our probiotic | Heals eczema |\n| --- | --- |\n| Vegan | Yes |"
    expect(sentences(text)).toEqual(["P Our probiotic", "P Heals eczema", "P Vegan", "P Yes"])
  })

  it("reads a sentence that continues over a soft line break as one sentence", () => {
    const text = "Our probiotic supports digestive comfort\nand heals eczema within weeks."
    expect(sentences(text)).toEqual([`P ${text}`])
    const [finding] = checkClaims(text, { kind: "guide" }).findings
    expect(finding?.excerpt).toBe("heals eczema")
    expect(finding?.start).toBe(text.indexOf("heals eczema"))
  })

  it("keeps a sentence a line in plain-text copy written one claim a line", () => {
    expect(sentences("Supports regularity*\nNourishes the gut lining*")).toEqual(["P Supports regularity*", "- Nourishes the gut lining*"])
  })

  it("does not take a numbered or dashed line inside a paragraph's continuation for a list", () => {
    // An ordered list may only interrupt a paragraph when it starts at 1; an indented dash is continuation text.
    expect(sentences("Our formula was tested with\n2. groups of adults and it stayed stable.")).toEqual([
      "P Our formula was tested with\n2. groups of adults and it stayed stable.",
    ])
    expect(sentences("Our probiotic, taken daily for\n    - at least four weeks, heals eczema.")).toEqual([
      "P Our probiotic, taken daily for\n    - at least four weeks, heals eczema.",
    ])
    const result = checkClaims("Our probiotic, taken daily for\n    - at least four weeks, heals eczema.", { kind: "guide" })
    expect(result.findings.map((f) => [f.severity, f.excerpt])).toEqual([["error", "heals eczema"]])
  })

  it("reads nothing inside a fenced code block, numbered and dashed lines included", () => {
    const text = "Vegan capsules.\n\n```\n1. Heals eczema\n- Cures acne\n# Treats IBS\n```\n\nMade in small batches."
    expect(sentences(text)).toEqual(["P Vegan capsules.", "P Made in small batches."])
    expect(checkClaims(text).findings).toEqual([])
  })

  it("reads the paragraphs of one list item, and a nested list, as blocks of their own", () => {
    const text = "1. Take one capsule daily\n\n   with water\n   - store it cold"
    expect(sentences(text)).toEqual(["- Take one capsule daily", "- with water", "- store it cold"])
  })

  it("finds claims at the right characters in quotes, tables, lists and escaped text", () => {
    const text = [
      "> Our Gut &amp; Skin Balance",
      "> clears acne [^1].",
      "",
      "| Benefit | Note |",
      "| --- | --- |",
      "| Our formula cures eczema. | **Vegan** |",
      "",
      "1. Gut \\*Balance\\* relieves IBS fast.",
      "2. Supports digestive health.",
    ].join("\n")
    const found = checkClaims(text).findings.map((f) => [f.excerpt, f.start, f.end])
    const at = (excerpt: string) => [excerpt, text.indexOf(excerpt), text.indexOf(excerpt) + excerpt.length]
    expect(found).toEqual([at("clears acne"), at("cures eczema"), at("relieves IBS"), at("Supports digestive health")])
    for (const [excerpt, start, end] of found) expect(text.slice(start as number, end as number)).toBe(excerpt)
  })

  it("reads a list item as going on from the line that introduced the list, so its pronouns keep their referent", () => {
    const guide = (text: string) => checkClaims(text, { kind: "guide", productNames: ["Gut Balance"] }).findings.map((f) => f.excerpt)
    expect(guide("Our Gut Balance probiotic:\n\n- It clears acne.\n- It eases bloating.")).toEqual(["clears acne", "eases bloating"])
    expect(guide("Our Gut Balance probiotic:\n\n1. It clears acne.")).toEqual(["clears acne"])
    // A heading or a new paragraph starts afresh: in a guide, "It" there names nothing the check can see.
    expect(guide("Our Gut Balance probiotic:\n\n## Notes\n\nIt clears acne.")).toEqual([])
    expect(guide("Our Gut Balance probiotic is here.\n\nIt clears acne.")).toEqual([])
  })

  it("ends a sentence after the Markdown written straight after its full stop", () => {
    const text = "Kefir is **fermented.**[^2] It tastes sour. See [the review.](https://example.org) Then stop."
    expect(sentences(text)).toEqual([
      "P Kefir is **fermented.**[^2]",
      "- It tastes sour.",
      "- See [the review.](https://example.org)",
      "- Then stop.",
    ])
  })
})
