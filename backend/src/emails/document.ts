/**
 * An email as the shop writes it: a heading and blocks of content. One document renders to both the HTML and
 * the plain-text body (html.ts, text.ts), so the two can never tell the reader different things.
 */
export type EmailBlock =
  | { type: "paragraph"; text: string }
  /** A button in HTML, "label: url" in text. */
  | { type: "action"; label: string; url: string }
  /** Order lines: what, how many, the line's amount, and notes under it (a subscription's schedule). */
  | { type: "items"; rows: EmailItem[] }
  | { type: "totals"; rows: { label: string; amount: string; emphasis?: boolean }[] }
  /** A titled group of short lines: an address, a delivery method. */
  | { type: "details"; title: string; lines: string[] }
  /** Something the reader must not miss, boxed in HTML. */
  | { type: "notice"; text: string }

export interface EmailItem {
  title: string
  quantity: number
  amount: string
  notes: string[]
}

export interface EmailDocument {
  subject: string
  /** The line inbox lists show after the subject. */
  preview: string
  heading: string
  blocks: EmailBlock[]
  /** Why the reader gets this email, and how to stop it where that applies. */
  footer: EmailBlock[]
}

/** What the notification provider sends. */
export interface RenderedEmail {
  subject: string
  text: string
  html: string
}

export const SHOP_NAME = "Biome & Bloom"
