import type { EmailBlock, EmailDocument } from "./document"
import { SHOP_NAME } from "./document"

function block(b: EmailBlock): string {
  switch (b.type) {
    case "paragraph":
      return b.text
    case "action":
      return `${b.label}: ${b.url}`
    case "items":
      return b.rows
        .map((row) => [`${row.quantity} × ${row.title} — ${row.amount}`, ...row.notes.map((note) => `    ${note}`)].join("\n"))
        .join("\n")
    case "totals":
      return b.rows.map((row) => `${row.label}: ${row.amount}`).join("\n")
    case "details":
      return [`${b.title}:`, ...b.lines.map((line) => `  ${line}`)].join("\n")
    case "notice":
      return `** ${b.text} **`
  }
}

/** The plain-text body: the same content as the HTML, for mail programs and readers that prefer text. */
export function renderText(doc: EmailDocument): string {
  return [doc.heading, "=".repeat(Math.min(doc.heading.length, 72)), ...doc.blocks.map(block), "--", ...doc.footer.map(block), SHOP_NAME]
    .join("\n\n")
    .concat("\n")
}
