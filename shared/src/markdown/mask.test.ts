import { describe, expect, it } from "vitest"
import { claimMarkOffsets, maskMarkdown } from "./mask"

describe("masking Markdown for the claims check", () => {
  it("keeps words where they stand and blanks syntax, link targets, code, markers and cards", () => {
    const text =
      '## Gut *health*\n\nSee [the review](https://doi.org/x)[^1] and `code`, it supports comfort*.\n\n::product{handle="gut-restore-50"}'
    const masked = maskMarkdown(text)
    expect(masked).toHaveLength(text.length)
    for (const word of ["Gut", "health", "the review", "and", "supports comfort"])
      expect(masked.indexOf(word), word).toBe(text.indexOf(word))
    expect(masked.replace(/\s+/g, " ").trim()).toBe("Gut health See the review and , it supports comfort .")
  })

  it("keeps positions through escapes, character references and quoted lines", () => {
    const text = "> Fibre &amp; kefir\n> support regularity\\* daily"
    const masked = maskMarkdown(text)
    expect(masked.indexOf("regularity")).toBe(text.indexOf("regularity"))
    expect(masked.indexOf("kefir")).toBe(text.indexOf("kefir"))
    expect(masked).not.toContain(">")
    expect(claimMarkOffsets(text)).toEqual([text.indexOf("*")])
  })

  it("drops the words of an inline script with its tags", () => {
    expect(maskMarkdown('Before <script>alert("x")</script> after').replace(/\s+/g, " ")).toBe("Before after")
  })
})
