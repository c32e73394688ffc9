/** Text helpers for the claims check: pattern matching, Markdown masking and sentence splitting. */

import { CITATION_MARKER } from "../markdown/plugins/citations"

export interface Mention {
  start: number
  end: number
  text: string
}

export interface SentenceSpan {
  start: number
  end: number
  /** True for the first sentence of a paragraph, heading or list item, where pronouns lose their referent. */
  paragraphStart: boolean
}

/** Compiles a vocabulary pattern; a space in it stands for any whitespace so soft line breaks still match. */
export function compile(pattern: string): RegExp {
  return new RegExp(`\\b(?:${pattern.replace(/ /g, "\\s+")})\\b`, "gi")
}

export function findAll(re: RegExp, s: string): Mention[] {
  const found: Mention[] = []
  for (const m of s.matchAll(re)) found.push({ start: m.index, end: m.index + m[0].length, text: m[0] })
  return found
}

/** `re.test` that ignores the lastIndex a global regex keeps between calls. */
export function matches(re: RegExp, s: string): boolean {
  re.lastIndex = 0
  const hit = re.test(s)
  re.lastIndex = 0
  return hit
}

export function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length
}

/** Keeps the longest of overlapping mentions, ordered by position. */
export function dropOverlaps<T extends Mention>(mentions: T[]): T[] {
  const byLength = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  const kept: T[] = []
  for (const m of byLength) {
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m)
  }
  return kept.sort((a, b) => a.start - b.start)
}

/**
 * Markdown syntax becomes spaces, every other character stays where it was, so matches found in the
 * masked text are positions in the original; read from the shop's one Markdown syntax tree.
 */
export { maskMarkdown } from "../markdown/mask"

// Words after which a full stop does not end a sentence ("e.g. acne", "Dr. Lee", "L. rhamnosus").
const ABBREVIATIONS = new Set(["e.g", "i.e", "eg", "ie", "vs", "dr", "mr", "mrs", "ms", "prof", "st", "no", "fig", "al", "approx", "incl", "spp", "sp", "subsp", "cf", "ca"])
const BLOCK_START = /^[ \t]*(?:[-+*][ \t]|\d+[.)][ \t]|#{1,6}[ \t]|>|\|)/
const HEADING_OR_TABLE = /^[ \t]*(?:#{1,6}[ \t]|\|)/
// After a sentence's final punctuation: claim markers, closing quotes and brackets, citation markers.
const TRAILERS = new RegExp(`^(?:[*"”’')\\]_]|\\\\\\*|${CITATION_MARKER.source})*`)

/** Splits text into sentences and list items, with positions into the original text. */
export function splitSentences(text: string, masked: string): SentenceSpan[] {
  const spans: SentenceSpan[] = []
  for (const block of splitBlocks(text, masked)) {
    let start = block.start
    let first = block.paragraphStart
    const segment = masked.slice(block.start, block.end)
    for (const m of segment.matchAll(/[.!?]+(?=\s|$)/g)) {
      const at = block.start + m.index
      const end = at + m[0].length
      if (m[0] === "." && isAbbreviation(masked.slice(start, at))) continue
      const next = masked.slice(end, block.end).match(/\S/)
      if (next && /[\p{Ll}\p{N}]/u.test(next[0])) continue
      const trailer = text.slice(end, block.end).match(TRAILERS)?.[0] ?? ""
      pushTrimmed(spans, text, masked, start, end + trailer.length, first)
      first = false
      start = end + trailer.length
    }
    pushTrimmed(spans, text, masked, start, block.end, first)
  }
  return spans
}

function isAbbreviation(before: string): boolean {
  const word = before.match(/([\p{L}.]+)$/u)?.[1]
  if (!word) return false
  return /^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase())
}

function pushTrimmed(spans: SentenceSpan[], text: string, masked: string, start: number, end: number, paragraphStart: boolean): void {
  let s = start
  let e = end
  // Leading Markdown (list bullets, heading hashes) is blank in the masked text; a trailing claim
  // marker is blank there too but belongs to the sentence, so the end is trimmed on the original.
  while (s < e && /\s/.test(masked[s] ?? "")) s++
  while (e > s && /\s/.test(text[e - 1] ?? "")) e--
  if (/[\p{L}\p{N}]/u.test(masked.slice(s, e))) spans.push({ start: s, end: e, paragraphStart })
}

interface Block {
  start: number
  end: number
  paragraphStart: boolean
}

/** Lines become separate blocks unless the next line just continues a wrapped sentence. */
function splitBlocks(text: string, masked: string): Block[] {
  const blocks: Block[] = []
  let start = 0
  let paragraphStart = true
  const lines = text.split("\n")
  let offset = 0
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ""
    const lineEnd = offset + line.length
    const next = lines[i + 1]
    const nextMasked = next === undefined ? "" : masked.slice(lineEnd + 1, lineEnd + 1 + next.length)
    const continues =
      next !== undefined &&
      next.trim() !== "" &&
      line.trim() !== "" &&
      !BLOCK_START.test(next) &&
      !HEADING_OR_TABLE.test(line) &&
      /^\s*\p{Ll}/u.test(nextMasked)
    if (!continues) {
      blocks.push({ start, end: lineEnd, paragraphStart })
      paragraphStart = line.trim() === "" || HEADING_OR_TABLE.test(line)
      start = lineEnd + 1
    }
    offset = lineEnd + 1
  }
  return blocks.filter((b) => b.end > b.start)
}
