import { describe, expect, it } from "vitest"
import { readingMinutes } from "./reading-time"

describe("a reader glancing at a guide's reading time", () => {
  it("needs at least one minute, even for a short note", () => {
    expect(readingMinutes("")).toBe(1)
    expect(readingMinutes("## Hello\n\nA short note.")).toBe(1)
  })

  it("reads about 220 words a minute, rounding up", () => {
    const words = (n: number) => Array.from({ length: n }, () => "word").join(" ")
    expect(readingMinutes(words(220))).toBe(1)
    expect(readingMinutes(words(221))).toBe(2)
    expect(readingMinutes(words(660))).toBe(3)
  })

  it("counts words, not Markdown syntax or citation markers", () => {
    expect(readingMinutes(`# ${"a ".repeat(200)}\n\n* - > [^1] [2] ** __`)).toBe(1)
  })
})

describe("reading time from the syntax tree", () => {
  it("leaves out code blocks and product cards but reads link and image words", () => {
    const words = (n: number) => Array.from({ length: n }, () => "word").join(" ")
    expect(readingMinutes(`${words(200)}\n\n\`\`\`\n${words(400)}\n\`\`\`\n\n::product{handle="daily-balance-probiotic"}`)).toBe(1)
    expect(readingMinutes(`${words(200)} [${words(30)}](https://example.org)`)).toBe(2)
  })
})
