/**
 * Where to send a visitor after logging in or registering: only a path on this site, so a crafted link cannot
 * send them to another one ("//evil.example", "https://…", "/\\evil"). The storefront's forms and the
 * backend's registration links read it the same way.
 */
export function safeReturnPath(value: unknown, fallback = "/account"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) {
    return fallback
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a path with a control character is refused
  return /[\u0000-\u001f]/.test(value) ? fallback : value
}

/** Whether a `next` path is safe to carry as it is (the same rule as safeReturnPath, without a fallback). */
export const isSafeReturnPath = (value: string): boolean => safeReturnPath(value, "") === value && value !== ""
