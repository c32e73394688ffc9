/**
 * The visitor's cookies, as next/headers' cookies() would give them to the storefront. Test files mock
 * next/headers with `nextHeadersMock` and arrange or inspect the jar.
 */
export const cookieJar = new Map<string, string>()
export const cookieOptions = new Map<string, Record<string, unknown>>()

const store = {
  get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name)! } : undefined),
  set: (name: string, value: string, options: Record<string, unknown> = {}) => {
    cookieJar.set(name, value)
    cookieOptions.set(name, options)
  },
  delete: (name: string) => {
    cookieJar.delete(name)
    cookieOptions.delete(name)
  },
}

/** The request a Server Action answers: a shopper at a documentation address (RFC 5737). */
export const nextHeadersMock = { cookies: async () => store, headers: async () => new Headers({ "x-forwarded-for": "198.51.100.7" }) }

export function resetCookies(initial: Record<string, string> = {}) {
  cookieJar.clear()
  cookieOptions.clear()
  for (const [name, value] of Object.entries(initial)) cookieJar.set(name, value)
}
