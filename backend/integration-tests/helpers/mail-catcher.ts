import { spawn, type ChildProcess } from "node:child_process"
import { createServer } from "node:net"
import { join } from "node:path"

/** An email as the catcher received it over SMTP. */
export interface CaughtEmail {
  id: string
  subject: string
  from: { address: string; name: string }[]
  to: { address: string; name: string }[]
  text: string
  html: string
  messageId?: string
}

export interface MailCatcher {
  /** For SMTP_URL. */
  smtpUrl: string
  /** maildev's web inbox (and its REST API). */
  inboxUrl: string
  emails(): Promise<CaughtEmail[]>
  /** The first email to `to` that `match` accepts, waiting for it: delivery runs after the request that caused it. */
  waitFor(to: string, match?: (email: CaughtEmail) => boolean, timeoutMs?: number): Promise<CaughtEmail>
  /** The email a notification record was sent as: the provider records the SMTP Message-ID as its external id. */
  sentAs(notification: { to: string; external_id?: string | null }): Promise<CaughtEmail>
  stop(): Promise<void>
}

const MAILDEV = join(__dirname, "..", "..", "..", "node_modules", "maildev", "bin", "maildev")

/** A port nobody listens on now, so parallel test runs never share a catcher. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/** Starts maildev, the SMTP catcher `npm start` runs, on ports of its own. */
export async function startMailCatcher(): Promise<MailCatcher> {
  const [smtpPort, webPort] = [await freePort(), await freePort()]
  const child: ChildProcess = spawn(
    process.execPath,
    [MAILDEV, "--smtp", String(smtpPort), "--web", String(webPort), "--ip", "127.0.0.1", "--silent"],
    { stdio: ["ignore", "ignore", "pipe"] }
  )
  let stderr = ""
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()))
  const inboxUrl = `http://127.0.0.1:${webPort}`

  const deadline = Date.now() + 20_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`maildev exited ${child.exitCode}: ${stderr}`)
    if (
      await fetch(`${inboxUrl}/healthz`).then(
        (r) => r.ok,
        () => false
      )
    )
      break
    if (Date.now() > deadline) throw new Error(`maildev did not start on ${inboxUrl}: ${stderr}`)
    await new Promise((r) => setTimeout(r, 100))
  }

  const client = mailCatcherClient(inboxUrl, `smtp://127.0.0.1:${smtpPort}`)
  return {
    ...client,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once("exit", () => resolve())
        child.kill("SIGTERM")
      }),
  }
}

/** Reads a running maildev through its REST API, e.g. from a test process other than the one that started it. */
export function mailCatcherClient(inboxUrl: string, smtpUrl = ""): Omit<MailCatcher, "stop"> {
  const emails = async () => (await (await fetch(`${inboxUrl}/email`)).json()) as CaughtEmail[]
  const bare = (id: string | null | undefined) => (id ?? "").replace(/^<|>$/g, "")
  const client: Omit<MailCatcher, "stop"> = {
    smtpUrl,
    inboxUrl,
    emails,
    sentAs: async (notification) => {
      if (!notification.external_id) throw new Error(`the notification to ${notification.to} was not sent by SMTP (no external id)`)
      return client.waitFor(notification.to, (e) => bare(e.messageId) === bare(notification.external_id))
    },
    async waitFor(to, match = () => true, timeoutMs = 20_000) {
      const until = Date.now() + timeoutMs
      for (;;) {
        const found = (await emails()).find((e) => e.to.some((r) => r.address === to) && match(e))
        if (found) return found
        if (Date.now() > until) {
          const seen = (await emails()).map((e) => `${e.to.map((r) => r.address).join(",")}: ${e.subject}`)
          throw new Error(`no email to ${to} arrived within ${timeoutMs / 1000} s; the catcher has: ${JSON.stringify(seen)}`)
        }
        await new Promise((r) => setTimeout(r, 100))
      }
    },
  }
  return client
}

export const TEST_SENDER = "Biome & Bloom <orders@biome-bloom.test>"

/**
 * For a spec: starts a catcher before the app boots and points the shop's SMTP_URL at it, so every email the
 * suite sends goes through the SMTP provider into the catcher. Call at the top level of the spec.
 */
export function useMailCatcher(): () => MailCatcher {
  let catcher: MailCatcher | undefined
  const saved = { SMTP_URL: process.env.SMTP_URL, EMAIL_FROM: process.env.EMAIL_FROM }
  beforeAll(async () => {
    catcher = await startMailCatcher()
    process.env.SMTP_URL = catcher.smtpUrl
    process.env.EMAIL_FROM = TEST_SENDER
  })
  afterAll(async () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
    await catcher?.stop()
  })
  return () => {
    if (!catcher) throw new Error("the mail catcher has not started yet")
    return catcher
  }
}
