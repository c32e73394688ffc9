import { spawn, type ChildProcess } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import postgres from "postgres"
import { startMailCatcher, TEST_SENDER } from "../../backend/integration-tests/helpers/mail-catcher"
import { startRequestLog } from "./request-log"

/**
 * The whole store for end-to-end tests: a fresh database, the built Medusa server (migrated and seeded) and the
 * built storefront, on ports of their own so a developer's `npm start` can keep running.
 */
const repo = join(__dirname, "..", "..")
const bin = (name: string) => join(repo, "node_modules", ".bin", name)
// Ports of their own (TEST_* to move them, e.g. for two checkouts testing at once).
export const BACKEND_PORT = Number(process.env.TEST_BACKEND_PORT ?? 9100)
export const STOREFRONT_PORT = Number(process.env.TEST_STOREFRONT_PORT ?? 8100)
export const STOREFRONT_URL = `http://localhost:${STOREFRONT_PORT}`
export const BACKEND_URL = `http://localhost:${BACKEND_PORT}`
/** The dashboard's login, created as `npm start` creates it (`medusa user`). */
export const ADMIN_EMAIL = "admin@biome-bloom.local"
// Starts with "-", as a password `npm start` generates may: the admin test logs in with it.
export const ADMIN_PASSWORD = "-e2e-admin-password"

export interface Stack {
  publishableKey: string
  /** The stack's database, for reading what the backend recorded (emails are also kept as notifications). */
  databaseUrl: string
  /** The mail catcher's inbox (maildev's REST API): every email the backend sends arrives there over SMTP. */
  mailInboxUrl: string
  /** The pass-through the storefront reaches the backend by, which logs every request (e2e/request-log.ts). */
  backendLogUrl: string
  stop: () => Promise<void>
}

function dbServer() {
  return {
    host: process.env.DB_HOST ?? "localhost",
    port: Number(process.env.DB_PORT ?? 5432),
    user: process.env.DB_USERNAME ?? "postgres",
    password: process.env.DB_PASSWORD ?? "",
  }
}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] })
    let out = ""
    child.stdout.on("data", (d) => (out += d))
    child.stderr.on("data", (d) => (out += d))
    child.on("exit", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${cmd} ${args.join(" ")} exited ${code}\n${out.slice(-3000)}`))
    )
  })
}

function start(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, log: string[]): ChildProcess {
  const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: true })
  const keep = (d: Buffer) => {
    log.push(d.toString())
    if (log.length > 200) log.shift()
  }
  child.stdout!.on("data", keep)
  child.stderr!.on("data", keep)
  return child
}

async function waitFor(url: string, child: ChildProcess, log: string[], timeoutMs = 180_000) {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`process for ${url} exited ${child.exitCode}\n${log.join("").slice(-3000)}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {}
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s\n${log.join("").slice(-3000)}`)
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL")
      } catch {}
      resolve()
    }, 10_000)
    child.once("exit", () => {
      clearTimeout(timer)
      resolve()
    })
    try {
      process.kill(-child.pid!, "SIGTERM")
    } catch {
      resolve()
    }
  })
}

/**
 * The storefront build to test: `npm test` builds into .next-test (the build:test task) so a running `npm start`
 * keeps .next; a plain `turbo run build` fills .next. The newer of the two, or TEST_NEXT_DIST_DIR.
 */
function storefrontDistDir(): string {
  if (process.env.TEST_NEXT_DIST_DIR) return process.env.TEST_NEXT_DIST_DIR
  const built = (dir: string) => {
    const id = join(repo, "storefront", dir, "BUILD_ID")
    return existsSync(id) ? statSync(id).mtimeMs : -1
  }
  return built(".next-test") > built(".next") ? ".next-test" : ".next"
}

export async function startStack(): Promise<Stack> {
  const builtServer = join(repo, "backend", ".medusa", "server")
  const distDir = storefrontDistDir()
  if (!existsSync(join(builtServer, "medusa-config.js")) || !existsSync(join(repo, "storefront", distDir, "BUILD_ID"))) {
    throw new Error("End-to-end tests need the backend and storefront builds: run them through `npm test` (turbo builds first)")
  }
  const server = dbServer()
  const database = `biome_e2e_${process.pid}`
  const admin = postgres({ ...server, database: "postgres", max: 1, onnotice: () => {} })
  await admin.unsafe(`drop database if exists "${database}"`)
  await admin.unsafe(`create database "${database}"`)
  await admin.end()
  const auth = server.password ? `${server.user}:${encodeURIComponent(server.password)}` : server.user
  const databaseUrl = `postgres://${auth}@${server.host}:${server.port}/${database}`

  const envFile = join(mkdtempSync(join(tmpdir(), "biome-e2e-")), "storefront.env")
  // Every email the running shop sends goes over SMTP into a catcher the tests read.
  const mail = await startMailCatcher()
  // Production mode, as `npm start` runs `medusa start` (Secure-cookie decisions, required secrets), over http.
  const backendEnv = {
    NODE_ENV: "production",
    JWT_SECRET: "e2e-jwt-secret-".padEnd(40, "j"),
    COOKIE_SECRET: "e2e-cookie-secret-".padEnd(40, "c"),
    NEWSLETTER_SECRET: "e2e-newsletter-secret-".padEnd(40, "n"),
    DEMO_PAYMENTS: "on",
    SMTP_URL: mail.smtpUrl,
    EMAIL_FROM: TEST_SENDER,
    DATABASE_URL: databaseUrl,
    MEDUSA_BACKEND_URL: BACKEND_URL,
    STOREFRONT_URL,
    STORE_CORS: STOREFRONT_URL,
    AUTH_CORS: `${STOREFRONT_URL},${BACKEND_URL}`,
    ADMIN_CORS: BACKEND_URL,
    STOREFRONT_ENV_FILE: envFile,
    REVALIDATE_SECRET: "e2e-revalidate-secret",
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: "error",
    // Every shopper of the run comes from 127.0.0.1, so the production limits (10 registration requests an hour
    // per IP, and a registration counts twice: the link, then the account) would stop the run's sixth new
    // customer; the limits themselves are proven by the backend's rate-limit tests. A prefix of the run's own
    // keeps counts left in a shared Redis by an earlier run out of this one.
    RATE_LIMIT_MULTIPLIER: "50",
    RATE_LIMIT_PREFIX: `biome:e2e:${database}`,
  }
  const backendDir = join(repo, "backend")
  try {
    await run(bin("medusa"), ["db:migrate"], backendDir, backendEnv)
    await run(bin("medusa"), ["exec", "./src/scripts/seed.ts"], backendDir, backendEnv)
    await run(bin("medusa"), ["user", `--email=${ADMIN_EMAIL}`, `--password=${ADMIN_PASSWORD}`], backendDir, backendEnv)
  } catch (e) {
    await mail.stop()
    throw e
  }
  const publishableKey = /NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY=(\S+)/.exec(readFileSync(envFile, "utf8"))?.[1]
  if (!publishableKey) throw new Error("the seed wrote no publishable key")

  const backendLog: string[] = []
  const backend = start(bin("medusa"), ["start", "--port", String(BACKEND_PORT)], builtServer, backendEnv, backendLog)
  const storefrontLog: string[] = []
  let storefront: ChildProcess | undefined
  // The storefront's server talks to the backend through a logging pass-through, so tests see what reached it.
  const requestLog = await startRequestLog(BACKEND_URL)
  // Pages an earlier run rendered (another database's products and prices) must not be served to this one.
  rmSync(join(repo, "storefront", distDir, "server", "route-cache"), { recursive: true, force: true })
  try {
    await waitFor(`${BACKEND_URL}/health`, backend, backendLog)
    storefront = start(
      bin("next"),
      ["start", "--port", String(STOREFRONT_PORT)],
      join(repo, "storefront"),
      {
        NODE_ENV: "production",
        NEXT_DIST_DIR: distDir,
        // Rendered pages stay in memory, so the next run starts from an empty cache too.
        NEXT_ISR_MEMORY_ONLY: "1",
        MEDUSA_BACKEND_URL: requestLog.url,
        NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY: publishableKey,
        NEXT_PUBLIC_BASE_URL: STOREFRONT_URL,
        REVALIDATE_SECRET: "e2e-revalidate-secret",
      },
      storefrontLog
    )
    await waitFor(`${STOREFRONT_URL}/`, storefront, storefrontLog)
  } catch (e) {
    await Promise.all([stopProcess(backend), storefront ? stopProcess(storefront) : undefined, mail.stop(), requestLog.stop()])
    throw e
  }

  return {
    publishableKey,
    databaseUrl,
    mailInboxUrl: mail.inboxUrl,
    backendLogUrl: requestLog.url,
    stop: async () => {
      await Promise.all([stopProcess(storefront!), stopProcess(backend), mail.stop(), requestLog.stop()])
      const sql = postgres({ ...server, database: "postgres", max: 1, onnotice: () => {} })
      await sql.unsafe(`drop database if exists "${database}" with (force)`)
      await sql.end()
    },
  }
}
