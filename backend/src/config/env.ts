import { z } from "@medusajs/framework/zod"

/**
 * The backend's environment, read and validated once when medusa-config loads. Development gets
 * working defaults; production refuses to start without real secrets.
 */
// No escape hatch: production never runs on the public development secret.
const isProduction = process.env.NODE_ENV === "production"
/** Production as payments and email see it: a live shop must charge and must write. */
const runsInProduction = isProduction
const DEV_ONLY_SECRET = "dev-only-secret-never-use-in-production"

const secret = (name: string) =>
  isProduction
    ? z.string({ error: `${name} is required in production` }).min(32, `${name} must be at least 32 characters`)
    : z.string().min(1).default(DEV_ONLY_SECRET)

const optionalUrl = z
  .string()
  .url()
  .optional()
  .or(z.literal("").transform(() => undefined))

// Medusa's test runner points each suite at its own database after reading this config, and `medusa build`
// reads it without connecting at all.
const buildOnly = process.argv.slice(2).includes("build")
const databaseOptional = process.env.NODE_ENV === "test" || buildOnly

const databaseUrl = z
  .string({ error: "DATABASE_URL is required (npm start sets it for the embedded PostgreSQL)" })
  .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// URL")

const schema = z.object({
  DATABASE_URL: databaseOptional ? databaseUrl.optional() : databaseUrl,
  REDIS_URL: optionalUrl,
  MEDUSA_WORKER_MODE: z.enum(["shared", "server", "worker"]).default("shared"),
  STORE_CORS: z.string().default("http://localhost:8000"),
  ADMIN_CORS: z.string().default("http://localhost:9000,http://localhost:7001"),
  AUTH_CORS: z.string().default("http://localhost:9000,http://localhost:8000,http://localhost:7001"),
  JWT_SECRET: secret("JWT_SECRET"),
  COOKIE_SECRET: secret("COOKIE_SECRET"),
  MEDUSA_BACKEND_URL: z.string().url().default("http://localhost:9000"),
  STOREFRONT_URL: z.string().url().default("http://localhost:8000"),
  /** Where the backend itself reaches the storefront, when that differs from the public URL (docker-compose). */
  STOREFRONT_INTERNAL_URL: optionalUrl,
  /** Shared with the storefront's /api/revalidate; unset, the backend does not ask the storefront to refresh. */
  REVALIDATE_SECRET: z
    .string()
    .min(isProduction ? 16 : 1, "REVALIDATE_SECRET must be at least 16 characters in production")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  STRIPE_API_KEY: z
    .string()
    .regex(/^(sk|rk)_(test|live)_/, "STRIPE_API_KEY must be a Stripe secret key (sk_test_… or sk_live_…)")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  /** Medusa's system provider, which takes no money: on by default only without Stripe outside production. */
  DEMO_PAYMENTS: z
    .enum(["on", "off"])
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** Where email is sent (smtp://user:pass@host:587, smtps://… for TLS); `npm start` points it at maildev. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/\s]+/, "SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.com:587")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  /** The sender of every email, "Name <address>" or an address. */
  EMAIL_FROM: z
    .string()
    .regex(/^([^<>]+<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, 'EMAIL_FROM must be an address or "Name <address>"')
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DISABLE_MEDUSA_ADMIN: z.enum(["true", "false"]).default("false"),
  /**
   * The worker's scheduled jobs (renewals, reminders). Off under NODE_ENV=test: tests and benchmarks run the
   * renewals themselves, and a job firing on the quarter hour would renew beside them.
   */
  /**
   * Signs the newsletter's confirm and unsubscribe links, apart from JWT_SECRET so rotating one leaves the other.
   * NEWSLETTER_PREVIOUS_SECRETS (comma-separated) are still accepted, so links already emailed keep working.
   */
  NEWSLETTER_SECRET: secret("NEWSLETTER_SECRET"),
  NEWSLETTER_PREVIOUS_SECRETS: z
    .string()
    .default("")
    .transform((list) =>
      list
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    ),
  /**
   * TLS to PostgreSQL: "off", "require" (encrypted, certificate not checked) or "verify" (checked against the
   * system's CAs, or DATABASE_CA). Unset, an sslmode in DATABASE_URL decides, and otherwise it is off.
   */
  DATABASE_SSL: z.enum(["off", "require", "verify"]).optional(),
  /** A PEM certificate authority for DATABASE_SSL=verify, e.g. a managed database's CA bundle. */
  DATABASE_CA: z.string().optional(),
  SCHEDULED_JOBS: z.enum(["on", "off"]).default(process.env.NODE_ENV === "test" ? "off" : "on"),
  /** Overrides of the rate limits, e.g. "login.ip=30/600,newsletter.key=3/3600" (src/api/http/rate-limit-config.ts). */
  RATE_LIMITS: z.string().default(""),
  /**
   * Scales every rate limit. 1000 under NODE_ENV=test: the suites send hundreds of sign-ups and logins from one
   * address; the rate-limit suite sets 1 to test the real limits.
   */
  RATE_LIMIT_MULTIPLIER: z.coerce
    .number()
    .positive()
    .default(process.env.NODE_ENV === "test" ? 1000 : 1),
  /** Namespaces the limiters' Redis keys, so two shops (or two test runs) on one Redis do not count together. */
  RATE_LIMIT_PREFIX: z.string().min(1).default("biome:rate-limit"),
  /** How many proxies in front of the backend set X-Forwarded-For; 0 counts the connection's own address. */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * Whether the admin's session cookie is Secure (sent over https only). Unset, MEDUSA_BACKEND_URL's scheme
   * decides: http://localhost (npm start) gets a cookie the browser keeps over plain http, https gets Secure.
   */
  COOKIE_SECURE: z
    .enum(["true", "false"])
    .optional()
    .or(z.literal("").transform(() => undefined)),
})

/** How the shop takes money: Stripe, or the demo mode in which nothing is charged. */
export type PaymentMode = "stripe" | "demo"

export const DEFAULT_EMAIL_FROM = "Biome & Bloom <hello@biome-bloom.local>"

export type BackendEnv = z.infer<typeof schema> & {
  PAYMENT_MODE: PaymentMode
  /** The resolved sender: EMAIL_FROM, or the development default. */
  EMAIL_FROM: string
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): BackendEnv {
  const parsed = schema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`).join("\n")
    throw new Error(`The backend's environment is not valid:\n${problems}`)
  }
  const env = parsed.data
  if (env.STRIPE_API_KEY && !env.STRIPE_WEBHOOK_SECRET && isProduction) {
    throw new Error("STRIPE_WEBHOOK_SECRET is required when STRIPE_API_KEY is set in production")
  }
  // `medusa build` only compiles: what the running shop needs is checked when it starts.
  const problems = buildOnly ? [] : [...paymentProblems(env), ...emailProblems(env)]
  if (problems.length) throw new Error(`The backend's environment is not valid:\n${problems.map((p) => `  - ${p}`).join("\n")}`)
  return {
    ...env,
    PAYMENT_MODE: env.STRIPE_API_KEY ? "stripe" : "demo",
    EMAIL_FROM: env.EMAIL_FROM ?? DEFAULT_EMAIL_FROM,
  }
}

/**
 * The session cookie's Secure flag. Medusa marks it Secure whenever NODE_ENV=production, which `medusa start`
 * sets, so over plain http the browser drops it and the dashboard cannot log in. Behind a TLS-terminating
 * proxy the backend sees http: Medusa trusts one proxy hop and reads X-Forwarded-Proto, so the proxy must set it.
 */
export function sessionCookieSecure(env: Pick<BackendEnv, "COOKIE_SECURE" | "MEDUSA_BACKEND_URL">): boolean {
  if (env.COOKIE_SECURE) return env.COOKIE_SECURE === "true"
  return new URL(env.MEDUSA_BACKEND_URL).protocol === "https:"
}

function paymentProblems(env: z.infer<typeof schema>): string[] {
  if (env.STRIPE_API_KEY && env.DEMO_PAYMENTS === "on") {
    return ["DEMO_PAYMENTS: demo mode takes no money, so it cannot be on while STRIPE_API_KEY is set; unset one of them"]
  }
  if (env.STRIPE_API_KEY) return []
  if (env.DEMO_PAYMENTS === "off") {
    return ["STRIPE_API_KEY: DEMO_PAYMENTS=off leaves the shop no way to take payments; set STRIPE_API_KEY"]
  }
  if (runsInProduction && env.DEMO_PAYMENTS !== "on") {
    return [
      "STRIPE_API_KEY is required in production, or DEMO_PAYMENTS=on for a demo store that charges nothing (its orders are never paid for)",
    ]
  }
  return []
}

function emailProblems(env: z.infer<typeof schema>): string[] {
  if (!runsInProduction) return []
  return [
    ...(env.SMTP_URL ? [] : ["SMTP_URL is required in production: without it no order confirmation or renewal notice reaches a customer"]),
    ...(env.EMAIL_FROM ? [] : ["EMAIL_FROM is required in production: the address customers see and reply to"]),
  ]
}
