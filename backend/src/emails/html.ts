import type { EmailBlock, EmailDocument } from "./document"
import { SHOP_NAME } from "./document"

const escapeHtml = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;")

/** Only web links go into an href: anything else in a template is a bug, not a link to follow. */
function safeUrl(url: string): string {
  if (!/^https?:\/\//i.test(url)) throw new Error(`An email link must be an http(s) URL, got: ${url.slice(0, 40)}`)
  return escapeHtml(url)
}

const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif"
const TEXT = `${FONT};font-size:16px;line-height:1.5;color:#1f2a24`
const MUTED = `${FONT};font-size:14px;line-height:1.5;color:#56635b`

function block(b: EmailBlock): string {
  switch (b.type) {
    case "paragraph":
      return `<p style="margin:0 0 16px;${TEXT}">${escapeHtml(b.text)}</p>`
    case "action":
      return (
        `<p style="margin:24px 0"><a href="${safeUrl(b.url)}" style="display:inline-block;padding:12px 20px;` +
        `background:#2f6b4f;color:#ffffff;border-radius:6px;text-decoration:none;font-weight:600;${FONT}">${escapeHtml(b.label)}</a></p>` +
        `<p style="margin:0 0 16px;${MUTED}">If the button does not work, copy this address into your browser: ` +
        `<a href="${safeUrl(b.url)}" style="color:#2f6b4f;word-break:break-all">${escapeHtml(b.url)}</a></p>`
      )
    case "items":
      return (
        `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:0 0 8px">` +
        b.rows
          .map(
            (row) =>
              `<tr><td style="padding:12px 0;border-bottom:1px solid #e3e8e4;vertical-align:top;${TEXT}">` +
              `${row.quantity} × ${escapeHtml(row.title)}` +
              row.notes.map((note) => `<br><span style="${MUTED}">${escapeHtml(note)}</span>`).join("") +
              `</td><td align="right" style="padding:12px 0 12px 16px;border-bottom:1px solid #e3e8e4;vertical-align:top;white-space:nowrap;${TEXT}">${escapeHtml(row.amount)}</td></tr>`
          )
          .join("") +
        `</table>`
      )
    case "totals":
      return (
        `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:0 0 24px">` +
        b.rows
          .map((row) => {
            const weight = row.emphasis ? "font-weight:700;" : ""
            return `<tr><td style="padding:4px 0;${weight}${TEXT}">${escapeHtml(row.label)}</td><td align="right" style="padding:4px 0;${weight}${TEXT}">${escapeHtml(row.amount)}</td></tr>`
          })
          .join("") +
        `</table>`
      )
    case "details":
      return (
        `<p style="margin:0 0 4px;${FONT};font-size:14px;font-weight:700;color:#1f2a24">${escapeHtml(b.title)}</p>` +
        `<p style="margin:0 0 16px;${TEXT}">${b.lines.map(escapeHtml).join("<br>")}</p>`
      )
    case "notice":
      return `<p style="margin:0 0 16px;padding:12px 16px;background:#fff6db;border:1px solid #e8d48a;border-radius:6px;${TEXT}">${escapeHtml(b.text)}</p>`
  }
}

/** A single-column layout with inline styles, which every mail program shows the same way. */
export function renderHtml(doc: EmailDocument): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.subject)}</title>
</head>
<body style="margin:0;padding:0;background:#f4f6f4">
<span style="display:none;max-height:0;overflow:hidden;opacity:0">${escapeHtml(doc.preview)}</span>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f6f4">
<tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-radius:8px">
<tr><td style="padding:24px 32px 0;${FONT};font-size:14px;font-weight:700;letter-spacing:0.04em;color:#2f6b4f">${escapeHtml(SHOP_NAME)}</td></tr>
<tr><td style="padding:8px 32px 8px">
<h1 style="margin:0 0 16px;${FONT};font-size:24px;line-height:1.3;color:#1f2a24">${escapeHtml(doc.heading)}</h1>
${doc.blocks.map(block).join("\n")}
</td></tr>
<tr><td style="padding:16px 32px 24px;border-top:1px solid #e3e8e4">
${doc.footer.map((b) => (b.type === "paragraph" ? `<p style="margin:0 0 8px;${MUTED}">${escapeHtml(b.text)}</p>` : block(b))).join("\n")}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`
}
