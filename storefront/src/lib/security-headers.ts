/**
 * The storefront's security headers, the same for every response: no per-request nonce, so pages served from
 * cache keep them. Without a nonce, inline scripts (Next's page data) need 'unsafe-inline'; what blocks an
 * injected script is that no page renders unsanitised HTML (the Markdown is sanitised) and that scripts load
 * only from the shop and Stripe.
 */
export interface HeaderRule {
  source: string
  has?: { type: "header"; key: string; value?: string }[]
  headers: { key: string; value: string }[]
}

const STRIPE_SCRIPTS = "https://js.stripe.com"
const STRIPE_FRAMES = ["https://js.stripe.com", "https://hooks.stripe.com"]
const STRIPE_API = ["https://api.stripe.com", "https://m.stripe.network"]
/** Two years, with subdomains: what the HSTS preload list asks for. */
export const HSTS = "max-age=63072000; includeSubDomains"

export function contentSecurityPolicy(options: { development: boolean }): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // Next's development server evaluates modules; a production build never needs eval.
    "script-src": ["'self'", "'unsafe-inline'", STRIPE_SCRIPTS, ...(options.development ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", "https://*.stripe.com"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...STRIPE_API, ...(options.development ? ["ws:"] : [])],
    "frame-src": STRIPE_FRAMES,
    "frame-ancestors": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
  }
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ")
}

export function securityHeaderRules(options: { development: boolean; httpsOnly: boolean }): HeaderRule[] {
  const always = [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    {
      key: "Permissions-Policy",
      value: `camera=(), microphone=(), geolocation=(), browsing-topics=(), payment=(self "${STRIPE_SCRIPTS}")`,
    },
    ...(options.httpsOnly ? [{ key: "Strict-Transport-Security", value: HSTS }] : []),
  ]
  const rules: HeaderRule[] = [{ source: "/:path*", headers: always }]
  // Behind a TLS-terminating proxy the shop learns the scheme from X-Forwarded-Proto.
  if (!options.httpsOnly) {
    rules.push({
      source: "/:path*",
      has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
      headers: [{ key: "Strict-Transport-Security", value: HSTS }],
    })
  }
  return rules
}
