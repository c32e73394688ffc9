import type { Root } from "mdast"
import { visit } from "unist-util-visit"
import type { CitationProblem } from "../guides/types"
import { parseGuideMarkdown } from "./parse"

export interface FoundCitationMarker {
  /** The citation numbers the marker cites, from 1; empty for an impossible range. */
  numbers: number[]
  start: number
  end: number
  text: string
}

/** Every citation marker of a body, with its place in the source (code and links are not markers). */
export function findCitationMarkers(source: string | Root): FoundCitationMarker[] {
  const tree = typeof source === "string" ? parseGuideMarkdown(source) : source
  const markers: FoundCitationMarker[] = []
  visit(tree, "citation", (node) => {
    markers.push({ numbers: node.numbers, start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0, text: node.raw })
  })
  return markers
}

/** The citation numbers a body refers to, in order of first mention. */
export function citedNumbers(source: string | Root): number[] {
  return [...new Set(findCitationMarkers(source).flatMap((m) => m.numbers))]
}

/** Problems between a body's markers and its ordered citation list (citation i is number i + 1). */
export function checkCitations(body: string, citations: readonly { title?: string }[]): CitationProblem[] {
  const problems: CitationProblem[] = []
  const cited = new Set<number>()
  for (const marker of findCitationMarkers(body)) {
    const at = { start: marker.start, end: marker.end }
    if (marker.numbers.length === 0) {
      const first = Number.parseInt(/\d+/.exec(marker.text)?.[0] ?? "0", 10)
      problems.push({
        code: "invalid_marker",
        number: first,
        message: `Marker ${marker.text} is not a valid citation range; write e.g. [^2–4] or [^2, 3].`,
        ...at,
      })
      continue
    }
    for (const n of marker.numbers) {
      cited.add(n)
      if (n < 1 || n > citations.length) {
        const has = citations.length === 1 ? "1 citation" : `${citations.length} citations`
        problems.push({
          code: "missing_citation",
          number: n,
          message: `Marker ${marker.text} cites reference ${n}, but the guide has ${has}.`,
          ...at,
        })
      }
    }
  }
  citations.forEach((citation, i) => {
    const n = i + 1
    if (cited.has(n)) return
    const title = citation.title ? ` ("${citation.title}")` : ""
    problems.push({
      code: "uncited_citation",
      number: n,
      message: `Citation ${n}${title} is never cited in the body; cite it with [^${n}] or remove it.`,
    })
  })
  return problems
}
