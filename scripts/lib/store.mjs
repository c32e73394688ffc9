import { join } from "node:path"
import { resolveDatabase, ensureDatabase, query } from "./database.mjs"
import { loadCredentials } from "./credentials.mjs"
import { paymentSettings, startMail } from "./mail.mjs"
import { run, startService, stopService, waitForHttp } from "./process.mjs"
import { step, ok, warn, fail } from "./log.mjs"

const BACKEND_PORT = Number(process.env.PORT ?? 9000)
const WORKER_PORT = BACKEND_PORT + 1
const STOREFRONT_PORT = Number(process.env.STOREFRONT_PORT ?? 8000)

export async function runStore(root) {
  const backendDir = join(root, "backend")
  const builtServer = join(backendDir, ".medusa", "server")
  const medusa = join(root, "node_modules", ".bin", "medusa")
  const credentials = loadCredentials(root)

  const db = await resolveDatabase({ root, purpose: "store", defaultDatabase: "biome_store" })
  const services = []
  let stopping = false
  const shutdown = async (code = 0) => {
    if (stopping) return
    stopping = true
    step("Stopping the store…")
    await Promise.all(services.map((s) => stopService(s)))
    await db.stop()
    ok("Stopped")
    process.exit(code)
  }
  process.on("SIGINT", () => shutdown(0))
  process.on("SIGTERM", () => shutdown(0))

  try {
    if (await ensureDatabase(db.server, db.database)) ok(`Created database ${db.database}`)
    const mail = await startMail(root, { isAlive: () => !stopping })
    if (mail.service) {
      services.push(mail.service)
      ok(`Mail catcher ready: every email the shop sends lands in ${mail.inboxUrl}`)
    }
    const payments = paymentSettings()
    const backendUrl = process.env.MEDUSA_BACKEND_URL ?? `http://localhost:${BACKEND_PORT}`
    const env = {
      ...mail.env,
      ...payments.env,
      DATABASE_URL: db.url,
      JWT_SECRET: process.env.JWT_SECRET ?? credentials.jwtSecret,
      COOKIE_SECRET: process.env.COOKIE_SECRET ?? credentials.cookieSecret,
      NEWSLETTER_SECRET: process.env.NEWSLETTER_SECRET ?? credentials.newsletterSecret,
      MEDUSA_BACKEND_URL: backendUrl,
      STOREFRONT_URL: process.env.STOREFRONT_URL ?? `http://localhost:${STOREFRONT_PORT}`,
      // The backend tells the storefront which cached pages a change makes stale.
      REVALIDATE_SECRET: process.env.REVALIDATE_SECRET ?? credentials.revalidateSecret,
      MEDUSA_DISABLE_TELEMETRY: "true",
    }

    step("Building shared code, backend and admin, storefront (cached after the first run)…")
    await run(join(root, "node_modules", ".bin", "turbo"), ["run", "build", "--output-logs=errors-only"], {
      cwd: root,
      env: { MEDUSA_BACKEND_URL: backendUrl },
    })
    ok("Build ready")

    step("Migrating the database…")
    await run(medusa, ["db:migrate"], { cwd: backendDir, env, quiet: true })
    ok("Database migrated")

    step("Seeding the catalog (skipped when already there)…")
    const seedLog = await run(medusa, ["exec", "./src/scripts/seed.ts"], { cwd: backendDir, env, quiet: true })
    ok(seedLog.includes("already seeded") ? "Catalog already seeded" : "Catalog seeded")
    await ensureAdminUser({ db, medusa, backendDir, env, credentials })

    const redis = process.env.REDIS_URL
    if (redis) {
      services.push(
        startService("server", medusa, ["start", "--port", String(BACKEND_PORT)], {
          cwd: builtServer,
          env: { ...env, MEDUSA_WORKER_MODE: "server" },
          color: 34,
        }),
        startService("worker", medusa, ["start", "--port", String(WORKER_PORT)], {
          cwd: builtServer,
          env: { ...env, MEDUSA_WORKER_MODE: "worker" },
          color: 33,
        })
      )
    } else {
      services.push(
        startService("backend", medusa, ["start", "--port", String(BACKEND_PORT)], {
          cwd: builtServer,
          env: { ...env, MEDUSA_WORKER_MODE: "shared" },
          color: 34,
        })
      )
    }
    const backendAlive = () => services.every((s) => s.exitCode === null)
    if (!(await waitForHttp(`http://localhost:${BACKEND_PORT}/health`, { isAlive: backendAlive }))) {
      throw new Error("The backend did not become healthy; see its output above")
    }
    ok("Backend is healthy")

    services.push(
      startService("storefront", join(root, "node_modules", ".bin", "next"), ["start", "--port", String(STOREFRONT_PORT)], {
        cwd: join(root, "storefront"),
        env: { MEDUSA_BACKEND_URL: backendUrl, REVALIDATE_SECRET: env.REVALIDATE_SECRET },
        color: 35,
      })
    )
    if (!(await waitForHttp(`http://localhost:${STOREFRONT_PORT}/`, { isAlive: backendAlive, timeoutMs: 120000 }))) {
      throw new Error("The storefront did not answer; see its output above")
    }

    console.log(`
\x1b[1mBiome & Bloom is running\x1b[0m
  Storefront       http://localhost:${STOREFRONT_PORT}
  Backend API      http://localhost:${BACKEND_PORT}   (health: /health)
  Admin dashboard  http://localhost:${BACKEND_PORT}/app
  Admin login      ${credentials.adminEmail} / ${credentials.adminPassword}
  Mail inbox       ${mail.inboxUrl ?? `sent through ${redactUrl(process.env.SMTP_URL)}`}
  Payments         ${payments.description}
  Database         ${db.embedded ? `embedded PostgreSQL on port ${db.server.port} (data in .data/)` : `${db.server.host}:${db.server.port}/${db.database}`}
  Mode             ${redis ? "server + worker with Redis" : "one process (shared mode)"}
Press Ctrl-C to stop everything.
`)
    for (const s of services) {
      s.on("exit", (code) => {
        if (!stopping) {
          warn(`A process of the store stopped (exit ${code}); stopping the rest`)
          shutdown(1)
        }
      })
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    await Promise.all(services.map((s) => stopService(s)))
    await db.stop()
    fail("The store could not start")
  }
}

async function ensureAdminUser({ db, medusa, backendDir, env, credentials }) {
  const exists = await query(db.server, db.database, async (sql) => {
    const rows = await sql`select 1 from "user" where email = ${credentials.adminEmail} and deleted_at is null`
    return rows.length > 0
  })
  if (exists) return
  step("Creating the admin user…")
  // "--password=…" in one argument: a generated password may start with "-", which "-p <value>" reads as options.
  await run(medusa, ["user", `--email=${credentials.adminEmail}`, `--password=${credentials.adminPassword}`], {
    cwd: backendDir,
    env,
    quiet: true,
  })
  ok(`Admin user ${credentials.adminEmail} created`)
}

/** An SMTP URL without its password, for the console. */
function redactUrl(url) {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = "***"
    return parsed.toString()
  } catch {
    return "SMTP_URL"
  }
}
