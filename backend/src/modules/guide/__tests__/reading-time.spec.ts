import { readingMinutes } from "../reading-time"

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
