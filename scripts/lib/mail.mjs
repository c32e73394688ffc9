import { join } from "node:path"
import { startService, waitForHttp } from "./process.mjs"

/**
 * Email for `npm start`: the shop's own SMTP server when SMTP_URL is set, otherwise maildev, a local mail
 * catcher whose inbox shows every email the shop sends. Ports: MAILDEV_SMTP_PORT / MAILDEV_WEB_PORT
 * (maildev's own settings), 1025 and 1080 unless set.
 */
export async function startMail(root, { isAlive }) {
  if (process.env.SMTP_URL) return { service: null, inboxUrl: null, env: {} }
  const smtpPort = Number(process.env.MAILDEV_SMTP_PORT ?? 1025)
  const webPort = Number(process.env.MAILDEV_WEB_PORT ?? 1080)
  const service = startService(
    "mail",
    process.execPath,
    [join(root, "node_modules", "maildev", "bin", "maildev"), "--smtp", String(smtpPort), "--web", String(webPort), "--ip", "127.0.0.1"],
    { cwd: root, color: 32 }
  )
  const inboxUrl = `http://localhost:${webPort}`
  const up = await waitForHttp(`http://127.0.0.1:${webPort}/healthz`, {
    timeoutMs: 30000,
    isAlive: () => isAlive() && service.exitCode === null,
  })
  if (!up) {
    throw new Error(
      `The mail catcher (maildev) did not start on ports ${smtpPort}/${webPort}; another may be running. ` +
        "Set MAILDEV_SMTP_PORT and MAILDEV_WEB_PORT, or SMTP_URL for a real mail server."
    )
  }
  return {
    service,
    inboxUrl,
    // A sender is required whenever the backend runs as production, which `medusa start` does by default.
    env: { SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, EMAIL_FROM: process.env.EMAIL_FROM ?? "Biome & Bloom <hello@biome-bloom.local>" },
  }
}

/**
 * Payments for `npm start`: Stripe when STRIPE_API_KEY is set; otherwise the store is a demo that takes no
 * payment, turned on explicitly (the backend refuses to run as production without one or the other).
 */
export function paymentSettings() {
  if (process.env.STRIPE_API_KEY) return { env: {}, description: "Stripe (card payments)" }
  if (process.env.DEMO_PAYMENTS === "off") return { env: {}, description: "none: set STRIPE_API_KEY" }
  return { env: { DEMO_PAYMENTS: "on" }, description: "demo store: no payment is taken (set STRIPE_API_KEY for card payments)" }
}
