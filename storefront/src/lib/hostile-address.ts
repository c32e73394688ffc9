// C0 controls and DEL never belong in an address a person or a link would use.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's purpose
const CONTROL = /[\u0000-\u001F\u007F]/
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
/** Longer than any address the shop makes; a search box caps its own text far below this. */
export const MAX_ADDRESS_LENGTH = 4096

function decodedOrNull(part: string): string | null {
  try {
    return decodeURIComponent(part.replace(/\+/g, " "))
  } catch {
    return null
  }
}

/**
 * What makes a request's address unusable (a malformed percent-encoding, a NUL or other control character, a
 * lone surrogate), or null when it is fine. `url` is as received: path and query still percent-encoded.
 */
export function hostileAddressProblem(url: string): string | null {
  if (url.length > MAX_ADDRESS_LENGTH) return "The address is too long"
  const parsed = new URL(url, "http://shop.invalid")
  const parts = [...parsed.pathname.split("/"), ...parsed.search.replace(/^\?/, "").split(/[&=]/)]
  for (const part of parts) {
    const decoded = decodedOrNull(part)
    if (decoded === null) return "The address contains a malformed percent-encoding"
    if (CONTROL.test(decoded)) return "The address contains a control character"
    if (LONE_SURROGATE.test(decoded)) return "The address contains text that is not valid Unicode"
  }
  return null
}
