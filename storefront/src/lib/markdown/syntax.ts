/** The parsed tree of a guide body, and the limits every part of the parser shares. */

export type Inline =
  | { type: "text"; value: string }
  | { type: "strong"; children: Inline[] }
  | { type: "em"; children: Inline[] }
  | { type: "code"; value: string }
  | { type: "link"; href: string; external: boolean; children: Inline[] }
  | { type: "image"; src: string; alt: string }
  | { type: "citation"; numbers: number[]; raw: string }
  | { type: "claim" }
  | { type: "break" }

export type Block =
  | { type: "heading"; level: 2 | 3 | 4; children: Inline[] }
  | { type: "paragraph"; children: Inline[] }
  | { type: "list"; ordered: boolean; start: number; items: Block[][] }
  | { type: "blockquote"; children: Block[] }
  | { type: "code"; value: string }
  | { type: "rule" }

/** Longer bodies are cut: a guide is a few thousand words, and the parser must stay fast on any input. */
export const MAX_SOURCE_LENGTH = 200_000
/** Deeper nesting than this is not a real guide; what is left becomes plain text. */
export const MAX_DEPTH = 8

// Private-use characters stand for claim marks and hard breaks once found; any in the source are removed.
export const CLAIM = "\uE000"
export const HARD_BREAK = "\uE001"
