import { describe, expect, it } from "vitest"
import { checkCitations, findCitationMarkers } from "./citations"

const refs = (n: number) => Array.from({ length: n }, (_, i) => ({ title: `Study ${i + 1}` }))

describe("an editor citing studies in a guide", () => {
  it("finds footnote-style and bracket markers, lists and ranges", () => {
    const markers = findCitationMarkers("Fibre feeds microbes[^1]. Exercise matters [2]. Both [1, 3] and [2–4].")
    expect(markers.map((m) => m.numbers)).toEqual([[1], [2], [1, 3], [2, 3, 4]])
    expect(markers[0]).toMatchObject({ text: "[^1]", start: 20, end: 24 })
  })

  it("reads markers written back to back as separate citations", () => {
    expect(findCitationMarkers("Two reviews agree[^1][^2][3].").map((m) => m.numbers)).toEqual([[1], [2], [3]])
  })

  it("passes a body that cites every reference it lists", () => {
    expect(checkCitations("One[^1] and two[^2].", refs(2))).toEqual([])
  })

  it("flags a marker that points past the end of the reference list", () => {
    const problems = checkCitations("One[^1] and three[^3].", refs(2))
    expect(problems).toEqual([
      expect.objectContaining({
        code: "missing_citation",
        number: 3,
        message: "Marker [^3] cites reference 3, but the guide has 2 citations.",
      }),
      expect.objectContaining({ code: "uncited_citation", number: 2 }),
    ])
  })

  it("flags a citation the body never cites, naming its title", () => {
    const [problem] = checkCitations("Only one[^1].", refs(2))
    expect(problem).toMatchObject({ code: "uncited_citation", number: 2 })
    expect(problem!.message).toContain('"Study 2"')
  })

  it("flags a marker of zero and a backwards range", () => {
    const codes = checkCitations("Zero [0] and backwards [^3-1].", refs(0)).map((p) => p.code)
    expect(codes).toEqual(["missing_citation", "invalid_marker"])
  })

  it("does not read links, footnote definitions, reference links or code as markers", () => {
    const body = "See [1](https://example.org), a [reference][1], `arr[2]`.\n\n[^1]: A definition"
    expect(findCitationMarkers(body)).toEqual([])
  })
})
