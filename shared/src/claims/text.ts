/** Text helpers for the claims check: pattern matching, Markdown masking and sentence splitting (both from the syntax tree). */

import { textBlocks, type TextBlock } from "../markdown/blocks"

export interface Mention {
  start: number
  end: number
  text: string
}

export interface SentenceSpan {
  start: number
  end: number
  /** True for the first sentence of a block (paragraph, heading, table cell, quote), where pronouns lose their referent; a list item goes on from the line that introduced its list. */
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
const ABBREVIATIONS = new Set([
  "e.g",
  "i.e",
  "eg",
  "ie",
  "vs",
  "dr",
  "mr",
  "mrs",
  "ms",
  "prof",
  "st",
  "no",
  "fig",
  "al",
  "approx",
  "incl",
  "spp",
  "sp",
  "subsp",
  "cf",
  "ca",
])
// Closing quotes and brackets after a sentence's final punctuation still belong to it.
const CLOSERS = /["”’')\]]/

/**
 * Splits text into sentences, with positions into the original text. The blocks of running text
 * (paragraphs, list items' paragraphs, headings, table cells, quoted paragraphs) come from the shop's
 * Markdown syntax tree; a sentence never runs from one block into the next.
 */
export function splitSentences(text: string, masked: string): SentenceSpan[] {
  const spans: SentenceSpan[] = []
  for (const block of textBlocks(text)) {
    for (const line of splitLines(block, masked)) {
      let start = line.start
      let first = line.paragraphStart
      const segment = masked.slice(line.start, line.end)
      for (const m of segment.matchAll(/[.!?]+(?=\s|$)/g)) {
        const at = line.start + m.index
        const end = at + m[0].length
        if (m[0] === "." && isAbbreviation(masked.slice(start, at))) continue
        const next = masked.slice(end, line.end).match(/\S/)
        if (next && /[\p{Ll}\p{N}]/u.test(next[0])) continue
        const after = trailerEnd(text, masked, end, line.end)
        pushTrimmed(spans, text, masked, start, after, first)
        first = false
        start = after
      }
      pushTrimmed(spans, text, masked, start, line.end, first)
    }
  }
  return spans
}

/**
 * Where a sentence's trailer ends: closing quotes and brackets, and the Markdown written straight after the
 * full stop (claim asterisks, citation markers, emphasis and link syntax), which the masked text has blanked.
 */
function trailerEnd(text: string, masked: string, from: number, limit: number): number {
  let i = from
  while (i < limit && !/\s/.test(text[i]!) && (masked[i] === " " || CLOSERS.test(masked[i]!))) i++
  return i
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

interface Line extends TextBlock {
  paragraphStart: boolean
}

/**
 * A block's lines, joined where the next line continues a wrapped sentence (its first word starts with a
 * lower-case letter or a digit). Plain-text copy written one claim a line ("Supports regularity*" / "Nourishes the
 * gut*") keeps a sentence per line; only the block's first line starts a paragraph, and a list item's does not:
 * "It" in "- It …" still means what the line introducing the list named.
 */
function splitLines(block: TextBlock, masked: string): Line[] {
  const lines: Line[] = []
  let start = block.start
  for (let at = masked.indexOf("\n", block.start); at >= 0 && at < block.end; at = masked.indexOf("\n", at + 1)) {
    const next = masked.slice(at + 1, block.end).match(/[\p{L}\p{N}]/u)
    if (next && /[\p{Ll}\p{N}]/u.test(next[0])) continue
    lines.push({ start, end: at, paragraphStart: lines.length === 0 && !block.inListItem })
    start = at + 1
  }
  lines.push({ start, end: block.end, paragraphStart: lines.length === 0 && !block.inListItem })
  return lines
}
