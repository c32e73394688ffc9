import type { Inline } from "./syntax"

/**
 * Whether an address may become a link: an absolute http(s) URL, a path on this site ("/guides/…") or an
 * anchor on this page ("#ref-1"). Everything else (javascript:, data:, vbscript:, protocol-relative
 * "//host", entity- or whitespace-obfuscated schemes) is refused.
 */
export function safeHref(raw: string): { href: string; external: boolean } | null {
  const value = decodeEntities(raw).trim()
  if (!value) return null
  if (value.startsWith("#")) return /^#[A-Za-z0-9_-]{1,100}$/.test(value) ? { href: value, external: false } : null
  if (value.startsWith("/")) {
    if (value.startsWith("//") || /[\\\s\u0000-\u001f\u007f]/.test(value)) return null
    return { href: value, external: false }
  }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return null
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null
  return { href: url.href, external: true }
}

export function plainText(nodes: Inline[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case "text":
        case "code":
          return node.value
        case "image":
          return node.alt
        case "claim":
          return "*"
        case "break":
          return " "
        case "citation":
          return ""
        default:
          return plainText(node.children)
      }
    })
    .join("")
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
  micro: "µ",
  deg: "°",
  copy: "©",
  reg: "®",
  trade: "™",
}

/** Character references as text; they can never become markup, because the result is only ever text. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});/g, (match, body: string) => {
    if (body.startsWith("#")) {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10)
      if (!Number.isFinite(code) || code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\uFFFD"
      return String.fromCodePoint(code)
    }
    return NAMED_ENTITIES[body] ?? match
  })
}
