// The stack the page benchmarks run against (scripts/lib/bench-pages.mjs, bench-big.mjs): a fresh database on
// the test server, migrated and seeded, the built backend and the production storefront build.
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import postgres from "postgres"
import { run, startService, stopService, waitForHttp } from "./process.mjs"
import { step, ok } from "./log.mjs"
import { urlFor } from "./database.mjs"

export const BACKEND_PORT = Number(process.env.BENCH_BACKEND_PORT ?? 9200)
export const STOREFRONT_PORT = Number(process.env.BENCH_STOREFRONT_PORT ?? 8200)
export const ADMIN = { email: "bench-admin@example.com", password: "bench-admin-password" }
const SECRET = "bench-revalidate-secret"

/**
 * Builds (unless BENCH_BUILD=off), seeds a fresh database named after the backend port (so two checkouts'
 * benchmarks on one server never drop each other's) and starts backend and storefront.
 */
export async function startBenchStack({ root, db }) {
  const backendDir = join(root, "backend")
  const medusa = join(root, "node_modules", ".bin", "medusa")
  const database = `biome_bench_pages_${BACKEND_PORT}`
  const sql = postgres({ ...db.server, database: "postgres", max: 1, onnotice: () => {} })
  await sql.unsafe(`drop database if exists "${database}" with (force)`)
  await sql.unsafe(`create database "${database}"`)
  await sql.end()

  const storefrontUrl = `http://localhost:${STOREFRONT_PORT}`
  const backendUrl = `http://localhost:${BACKEND_PORT}`
  const envFile = join(mkdtempSync(join(tmpdir(), "biome-bench-")), "storefront.env")
  const env = {
    // The built server with development settings, as in the end-to-end stack: production would want SMTP,
    // Stripe and real secrets, none of which the page figures depend on.
    NODE_ENV: "development",
    DATABASE_URL: urlFor(db.server, database),
    MEDUSA_BACKEND_URL: backendUrl,
    STOREFRONT_URL: storefrontUrl,
    STORE_CORS: storefrontUrl,
    AUTH_CORS: `${storefrontUrl},${backendUrl}`,
    ADMIN_CORS: backendUrl,
    STOREFRONT_ENV_FILE: envFile,
    REVALIDATE_SECRET: SECRET,
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: "error",
  }
  step("Pages: building backend and storefront (cached when unchanged; BENCH_BUILD=off uses the builds there are)…")
  if (process.env.BENCH_BUILD !== "off")
    await run(
      join(root, "node_modules", ".bin", "turbo"),
      ["run", "build", "--filter=@biome/backend", "--filter=@biome/storefront", "--output-logs=errors-only"],
      { cwd: root }
    )
  step("Pages: migrating and seeding a fresh database…")
  await run(medusa, ["db:migrate"], { cwd: backendDir, env, quiet: true })
  await run(medusa, ["exec", "./src/scripts/seed.ts"], { cwd: backendDir, env, quiet: true })
  await run(medusa, ["user", `--email=${ADMIN.email}`, `--password=${ADMIN.password}`], { cwd: backendDir, env, quiet: true })
  const publishableKey = /NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY=(\S+)/.exec(readFileSync(envFile, "utf8"))?.[1]
  if (!publishableKey) throw new Error("the seed wrote no publishable key")

  const services = { backend: null, storefront: null }
  const startStorefront = async () => {
    // Pages rendered for another database (tests, earlier runs) must not be served: start from an empty cache.
    rmSync(join(root, "storefront", ".next", "server", "route-cache"), { recursive: true, force: true })
    rmSync(join(root, "storefront", ".next", "cache", "fetch-cache"), { recursive: true, force: true })
    services.storefront = startService(
      "storefront",
      join(root, "node_modules", ".bin", "next"),
      ["start", "--port", String(STOREFRONT_PORT)],
      {
        cwd: join(root, "storefront"),
        env: {
          NODE_ENV: "production",
          NEXT_ISR_MEMORY_ONLY: "1",
          MEDUSA_BACKEND_URL: backendUrl,
          NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY: publishableKey,
          NEXT_PUBLIC_BASE_URL: storefrontUrl,
          REVALIDATE_SECRET: SECRET,
        },
        color: 35,
      }
    )
    if (!(await waitForHttp(`${storefrontUrl}/robots.txt`, { isAlive: () => services.storefront.exitCode === null })))
      throw new Error("the storefront did not start")
  }
  const stop = () => Promise.all(Object.values(services).map((s) => stopService(s)))
  try {
    services.backend = startService("backend", medusa, ["start", "--port", String(BACKEND_PORT)], {
      cwd: join(backendDir, ".medusa", "server"),
      env,
      color: 34,
    })
    if (!(await waitForHttp(`${backendUrl}/health`, { isAlive: () => services.backend.exitCode === null })))
      throw new Error("the backend did not start")
    await startStorefront()
  } catch (error) {
    await stop()
    throw error
  }
  ok("Pages: backend and storefront running")

  const store = async (path, init = {}) => {
    const res = await fetch(`${backendUrl}${path}`, {
      ...init,
      headers: { "content-type": "application/json", "x-publishable-api-key": publishableKey },
    })
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`)
    return res.json()
  }
  return {
    backendUrl,
    storefrontUrl,
    publishableKey,
    store,
    stop,
    /** Runs a `medusa exec` script against the bench database, beside the running backend. */
    exec: (script) => run(medusa, ["exec", script], { cwd: backendDir, env, quiet: true }),
    /** A fresh storefront process with an empty page cache. */
    restartStorefront: async () => {
      await stopService(services.storefront)
      await startStorefront()
    },
  }
}
