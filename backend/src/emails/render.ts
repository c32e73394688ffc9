import type { EmailDocument, RenderedEmail } from "./document"
import { renderHtml } from "./html"
import { renderText } from "./text"

export function renderEmail(doc: EmailDocument): RenderedEmail {
  return { subject: doc.subject, text: renderText(doc), html: renderHtml(doc) }
}

/** $25.49 or €21.95, the way the storefront shows amounts. */
export function formatAmount(amount: number, currencyCode: string): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency: currencyCode.toUpperCase() }).format(amount)
}
