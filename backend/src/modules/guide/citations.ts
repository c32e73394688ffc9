import type { CitationProblem } from "@biome/shared"

/**
 * Citation markers in a guide's Markdown body: `[^1]` (footnote style) or `[1]`, also lists and ranges
 * such as `[1, 3]` or `[2–4]`. A marker must point at a citation, and every citation must be cited.
 */

export interface CitationMarker {
  /** The citation numbers the marker cites, from 1. */
  numbers: number[]
  start: number
  end: number
  text: string
}

// Not a citation: a link `[1](…)` or a footnote definition `[^1]:`.
const MARKER = /\[(\^)?(\d+(?:\s*[,–-]\s*\d+)*)\](?![(:])/g
// Before a reference link's `[1]` comes its text `[text]`; before a second citation, another citation.
const ENDS_WITH_MARKER = /\[\^?\d+(?:\s*[,–-]\s*\d+)*\]$/
const MAX_RANGE = 50

const blank = (s: string): string => s.replace(/[^\n]/g, " ")

/** Every citation marker in the body, skipping code, with positions into the original text. */
export function findCitationMarkers(body: string): CitationMarker[] {
  const masked = body.replace(/```[\s\S]*?```|`[^`\n]*`/g, blank)
  const markers: CitationMarker[] = []
  for (const m of masked.matchAll(MARKER)) {
    const before = masked.slice(0, m.index)
    if (before.endsWith("]") && !ENDS_WITH_MARKER.test(before)) continue
    markers.push({ numbers: expand(m[2] ?? ""), start: m.index, end: m.index + m[0].length, text: body.slice(m.index, m.index + m[0].length) })
  }
  return markers
}

function expand(list: string): number[] {
  const numbers: number[] = []
  for (const part of list.split(",")) {
    const [from, to] = part.split(/[–-]/).map((n) => Number.parseInt(n.trim(), 10))
    if (from === undefined || Number.isNaN(from)) continue
    if (to === undefined || Number.isNaN(to)) {
      numbers.push(from)
    } else if (to < from || to - from > MAX_RANGE) {
      numbers.push(Number.NaN)
    } else {
      for (let n = from; n <= to; n++) numbers.push(n)
    }
  }
  return numbers
}

/** Problems between a body's markers and its ordered citation list (citation i is number i + 1). */
export function checkCitations(body: string, citations: readonly { title?: string }[]): CitationProblem[] {
  const problems: CitationProblem[] = []
  const cited = new Set<number>()
  for (const marker of findCitationMarkers(body)) {
    const at = { start: marker.start, end: marker.end }
    if (marker.numbers.some((n) => Number.isNaN(n))) {
      problems.push({ code: "invalid_marker", number: marker.numbers[0] ?? 0, message: `Marker ${marker.text} is not a valid citation range; write e.g. [^2–4] or [^2, 3].`, ...at })
      continue
    }
    for (const n of marker.numbers) {
      cited.add(n)
      if (n < 1 || n > citations.length) {
        const has = citations.length === 1 ? "1 citation" : `${citations.length} citations`
        problems.push({ code: "missing_citation", number: n, message: `Marker ${marker.text} cites reference ${n}, but the guide has ${has}.`, ...at })
      }
    }
  }
  citations.forEach((citation, i) => {
    const n = i + 1
    if (cited.has(n)) return
    const title = citation.title ? ` ("${citation.title}")` : ""
    problems.push({ code: "uncited_citation", number: n, message: `Citation ${n}${title} is never cited in the body; cite it with [^${n}] or remove it.` })
  })
  return problems
}
