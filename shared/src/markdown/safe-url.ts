// The WHATWG URL parser, in every runtime this package runs in (Node, browsers); declared here since the
// package compiles without DOM or Node typings.
declare const URL: new (input: string) => { protocol: string; href: string }

/**
 * Whether an address may become a link or an image: an absolute http(s) URL, a path on this site
 * ("/guides/…") or an anchor on this page ("#ref-1"). Everything else (javascript:, data:, vbscript:,
 * protocol-relative "//host", schemes hidden by whitespace) is refused.
 */
export function safeHref(raw: string): { href: string; external: boolean } | null {
  const value = raw.trim()
  if (!value) return null
  if (value.startsWith("#")) return /^#[A-Za-z0-9_-]{1,100}$/.test(value) ? { href: value, external: false } : null
  if (value.startsWith("/")) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: a path with a control character is refused
    if (value.startsWith("//") || /[\\\s\u0000-\u001f\u007f]/.test(value)) return null
    return { href: value, external: false }
  }
  let url: { protocol: string; href: string }
  try {
    url = new URL(value)
  } catch {
    return null
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null
  return { href: url.href, external: true }
}
