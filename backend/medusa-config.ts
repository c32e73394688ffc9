import { join } from "node:path"
import { defineConfig, loadEnv, Modules } from "@medusajs/framework/utils"
import { installSecurityHeaders } from "./src/api/http/security-headers"
import { databaseSsl } from "./src/config/database-ssl"
import { readEnv, sessionCookieSecure } from "./src/config/env"

loadEnv(process.env.NODE_ENV || "development", process.cwd())
const env = readEnv()
installSecurityHeaders()

/** Medusa's Redis-backed infrastructure, so a server and a worker process share events, workflows and locks. */
function redisModules(redisUrl: string) {
  return [
    { key: Modules.EVENT_BUS, resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
    {
      key: Modules.WORKFLOW_ENGINE,
      resolve: "@medusajs/medusa/workflow-engine-redis",
      options: { redis: { redisUrl } },
    },
    {
      key: Modules.LOCKING,
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [{ resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } }],
      },
    },
    {
      key: Modules.CACHING,
      resolve: "@medusajs/medusa/caching",
      options: {
        providers: [{ resolve: "@medusajs/caching-redis", id: "caching-redis", is_default: true, options: { redisUrl } }],
      },
    },
  ]
}

// Tests only: Medusa's Stripe provider pointed at a local stand-in for api.stripe.com, which tests cannot reach.
const stripeApiStandIn = process.env.NODE_ENV === "test" ? process.env.TEST_STRIPE_API_URL : undefined

const paymentProviders = env.STRIPE_API_KEY
  ? [
      {
        resolve: stripeApiStandIn ? join(__dirname, "integration-tests/fixtures/stripe-local-api") : "@medusajs/medusa/payment-stripe",
        id: "stripe",
        options: {
          apiKey: env.STRIPE_API_KEY,
          webhookSecret: env.STRIPE_WEBHOOK_SECRET,
          ...(stripeApiStandIn ? { apiUrl: stripeApiStandIn } : {}),
        },
      },
    ]
  : []

/** Email goes through SMTP when SMTP_URL is set (always in production); otherwise development logs it. */
const emailProvider = env.SMTP_URL
  ? { resolve: "./src/modules/smtp-email", id: "smtp", options: { channels: ["email"], url: env.SMTP_URL, from: env.EMAIL_FROM } }
  : process.env.NODE_ENV === "test" && process.env.TEST_EMAIL_FAULTS === "on"
    ? // Tests only: a provider that fails on demand, to show a failing mail server never undoes a renewal.
      { resolve: join(__dirname, "integration-tests/fixtures/failing-email"), id: "local", options: { channels: ["email"] } }
    : { resolve: "@medusajs/medusa/notification-local", id: "local", options: { channels: ["email"] } }

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    databaseDriverOptions: { connection: { ssl: databaseSsl(env) } },
    redisUrl: env.REDIS_URL,
    workerMode: env.MEDUSA_WORKER_MODE,
    http: {
      storeCors: env.STORE_CORS,
      adminCors: env.ADMIN_CORS,
      authCors: env.AUTH_CORS,
      jwtSecret: env.JWT_SECRET,
      cookieSecret: env.COOKIE_SECRET,
    },
    // Secure only where the shop is served over https (src/config/env.ts), so http://localhost logins stick.
    cookieOptions: { secure: sessionCookieSecure(env) },
  },
  admin: {
    // The worker serves no dashboard; neither does a server told to skip it.
    disable: env.DISABLE_MEDUSA_ADMIN === "true" || env.MEDUSA_WORKER_MODE === "worker",
    // The dashboard calls the origin that served it, so it works on any host and port (npm start, tests, proxies).
    backendUrl: "/",
    // The dashboard's `@/x` imports are `src/x`, as src/admin/tsconfig.json declares them.
    vite: () => ({ resolve: { alias: { "@": join(__dirname, "src") } } }),
  },
  featureFlags: env.REDIS_URL ? { caching: true } : {},
  modules: [
    ...(env.REDIS_URL ? redisModules(env.REDIS_URL) : []),
    { resolve: "./src/modules/subscription" },
    { resolve: "./src/modules/guide" },
    { resolve: "./src/modules/inventory-alert", options: { alert_email: process.env.ADMIN_ALERT_EMAIL } },
    { resolve: "./src/modules/engagement" },
    {
      key: Modules.PAYMENT,
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          ...paymentProviders,
          // Tests only: a provider that declines every card, to walk renewals through the retry schedule.
          ...(process.env.NODE_ENV === "test"
            ? [{ resolve: join(__dirname, "integration-tests/fixtures/declining-payment"), id: "test" }]
            : []),
        ],
      },
    },
    {
      key: Modules.NOTIFICATION,
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [emailProvider],
      },
    },
  ],
})
