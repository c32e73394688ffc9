import "server-only"

/** The storefront's runtime configuration: where the Medusa backend is and which sales channel key to send. */
export interface StorefrontEnv {
  backendUrl: string
  publishableKey: string
}

const BACKEND_URL = "MEDUSA_BACKEND_URL"
const PUBLISHABLE_KEY = "NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY"
const DEVELOPMENT_BACKEND_URL = "http://localhost:9000"

let validated: StorefrontEnv | undefined

// A computed name keeps Next from inlining the build machine's value (or an empty one) into the bundle.
function readVariable(name: string): string | undefined {
  const value = process.env[name]?.trim()
  return value ? value : undefined
}

/**
 * Reads and validates the configuration on first use and remembers it. Throws one error that lists every
 * problem, so a missing .env.local is obvious from the first failed request.
 */
export function storefrontEnv(): StorefrontEnv {
  if (validated) return validated

  const problems: string[] = []
  const isProduction = process.env.NODE_ENV === "production"

  const backendUrl = readVariable(BACKEND_URL) ?? (isProduction ? undefined : DEVELOPMENT_BACKEND_URL)
  if (!backendUrl) {
    problems.push(`${BACKEND_URL} is not set (for example ${DEVELOPMENT_BACKEND_URL}).`)
  } else if (!isHttpUrl(backendUrl)) {
    problems.push(`${BACKEND_URL} must be an http(s) URL, got "${backendUrl}".`)
  }

  const publishableKey = readVariable(PUBLISHABLE_KEY)
  if (!publishableKey) {
    problems.push(`${PUBLISHABLE_KEY} is not set.`)
  } else if (!publishableKey.startsWith("pk_")) {
    problems.push(`${PUBLISHABLE_KEY} must be a Medusa publishable key starting with "pk_".`)
  }

  if (problems.length > 0 || !backendUrl || !publishableKey) {
    throw new Error(
      [
        "The storefront is not configured:",
        ...problems.map((p) => `  - ${p}`),
        "Run the backend seed (it writes storefront/.env.local) or set the variables in the environment, then restart the storefront.",
      ].join("\n")
    )
  }

  validated = { backendUrl: backendUrl.replace(/\/+$/, ""), publishableKey }
  return validated
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === "http:" || url.protocol === "https:"
  } catch {
    return false
  }
}

const BASE_URL = "NEXT_PUBLIC_BASE_URL"
const DEFAULT_BASE_URL = "http://localhost:8000"
const REVALIDATE_SECRET = "REVALIDATE_SECRET"
const STRIPE_KEY = "NEXT_PUBLIC_STRIPE_KEY"

/**
 * The storefront's public address, for canonical URLs, Open Graph, the sitemap and JSON-LD. Read at run time
 * so one build serves any host; a malformed value fails loudly instead of publishing broken links.
 */
export function siteUrl(): string {
  const value = readVariable(BASE_URL) ?? DEFAULT_BASE_URL
  if (!isHttpUrl(value)) {
    throw new Error(`The storefront is not configured: ${BASE_URL} must be an http(s) URL, got "${value}".`)
  }
  return value.replace(/\/+$/, "")
}

/** The shared secret the backend sends to /api/revalidate; without it no caller may purge the cache. */
export function revalidateSecret(): string | null {
  return readVariable(REVALIDATE_SECRET) ?? null
}

/**
 * Stripe's publishable key, when card payments are set up. Only a real publishable key counts: a secret
 * key pasted here by mistake must never reach the browser.
 */
export function stripePublishableKey(): string | null {
  const value = readVariable(STRIPE_KEY)
  return value?.startsWith("pk_") ? value : null
}
