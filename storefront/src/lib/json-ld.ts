/**
 * JSON for a <script type="application/ld+json"> element. JSON.stringify alone lets a product name such as
 * "</script><script>…" end the element; every "<", ">" and "&" (and the two line separators some parsers
 * treat as newlines) is written as a \u escape, which JSON parsers read back as the same character.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029")
}
