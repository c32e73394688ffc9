import { spawn } from "node:child_process"
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs"
import { createConnection } from "node:net"
import { userInfo } from "node:os"
import { join } from "node:path"
import { resolveDatabase } from "./database.mjs"
import { run } from "./process.mjs"
import { step, ok, warn } from "./log.mjs"

/** Runs every workspace's tests against a real PostgreSQL and returns the exit code. */
export async function runTests(root, extraArgs) {
  const reportsDir = join(root, "reports")
  rmSync(reportsDir, { recursive: true, force: true })
  mkdirSync(reportsDir, { recursive: true })

  // The linter and formatter first: cheap, and a finding counts as a failure like a failing test.
  const lintFailed = !(await lint(root))
  await ensureChromium()
  const redis = await ensureRedis()
  const db = await resolveDatabase({ root, purpose: "test", defaultDatabase: "postgres" })
  // Medusa's test runner makes one database per suite from DB_*; it forces SSL unless the host says localhost.
  const host = db.server.host === "127.0.0.1" ? "localhost" : db.server.host
  const env = {
    DB_HOST: host,
    DB_PORT: String(db.server.port),
    DB_USERNAME: db.server.user,
    DB_PASSWORD: db.server.password,
    REPORTS_DIR: reportsDir,
    MEDUSA_DISABLE_TELEMETRY: "true",
  }
  step(`Running every workspace's tests against PostgreSQL at ${host}:${db.server.port}…`)
  let failedRun = false
  try {
    await run(
      join(root, "node_modules", ".bin", "turbo"),
      ["run", "test", "--concurrency=1", "--continue", "--output-logs=full", ...extraArgs],
      { cwd: root, env }
    )
  } catch {
    failedRun = true
  } finally {
    await db.stop()
    redis.stop()
  }

  const totals = sumReports(reportsDir)
  if (lintFailed) totals.failed += 1
  if (failedRun && totals.failed === 0) {
    warn("A test command failed before reporting its results; counting it as one failure")
    totals.failed = 1
  }
  if (totals.failed === 0 && !failedRun) ok("All tests passed")
  console.log(`${totals.passed} passed, ${totals.failed} failed`)
  return totals.failed === 0 && !failedRun ? 0 : 1
}

/** Biome over the whole repository (lint and format, warnings are errors); true when it is clean. */
async function lint(root) {
  step("Linting and checking formatting (Biome)…")
  try {
    await run(join(root, "node_modules", ".bin", "biome"), ["ci", "--error-on-warnings", "."], { cwd: root })
    ok("Lint and format clean")
    return true
  } catch {
    warn("Biome found problems (above); `npm run lint:fix` fixes the formatting and the safe ones")
    return false
  }
}

function sumReports(dir) {
  const totals = { passed: 0, failed: 0 }
  if (!existsSync(dir)) return totals
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const report = JSON.parse(readFileSync(join(dir, file), "utf8"))
    totals.passed += report.numPassedTests ?? 0
    totals.failed += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0)
  }
  return totals
}

/** The storefront's end-to-end tests drive Debian's Chromium; install it when it is missing and we may. */
async function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"
  if (existsSync(path)) return
  if (userInfo().uid !== 0 || !existsSync("/usr/bin/apt-get")) {
    warn(`Chromium is missing at ${path}; install Debian's chromium package (or set CHROMIUM_PATH) for the browser tests`)
    return
  }
  step("Installing Chromium for the browser tests (apt-get, first run only)…")
  await run("apt-get", ["update", "-qq"], { quiet: true })
  await run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium", "fonts-dejavu-core"], {
    quiet: true,
    env: { DEBIAN_FRONTEND: "noninteractive" },
  })
  ok("Chromium installed")
}

/**
 * The backend's scale-out test runs workers on Redis: REDIS_URL when set, else 127.0.0.1:6379. When nothing
 * answers there, Debian's redis-server is installed (first run, as root) and started for the run, without
 * persistence, and stopped afterwards.
 */
async function ensureRedis() {
  const none = { stop: () => {} }
  if (process.env.REDIS_URL || (await redisAnswers())) return none
  if (!existsSync("/usr/bin/redis-server")) {
    if (userInfo().uid !== 0 || !existsSync("/usr/bin/apt-get")) {
      warn("Redis is missing; install Debian's redis-server package (or set REDIS_URL) for the scale-out test")
      return none
    }
    step("Installing Redis for the scale-out test (apt-get, first run only)…")
    await run("apt-get", ["update", "-qq"], { quiet: true })
    await run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "redis-server"], {
      quiet: true,
      env: { DEBIAN_FRONTEND: "noninteractive" },
    })
    ok("Redis installed")
  }
  const child = spawn("/usr/bin/redis-server", ["--port", "6379", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: "ignore",
  })
  for (let i = 0; i < 50 && !(await redisAnswers()); i++) await new Promise((r) => setTimeout(r, 100))
  ok("Redis started at 127.0.0.1:6379 for the tests")
  return { stop: () => child.kill("SIGTERM") }
}

/** Whether a Redis server answers PING at 127.0.0.1:6379. */
function redisAnswers() {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port: 6379 }, () => socket.write("PING\r\n"))
    socket.setTimeout(1000, () => {
      socket.destroy()
      resolve(false)
    })
    socket.on("data", (d) => {
      socket.destroy()
      resolve(d.toString().startsWith("+PONG"))
    })
    socket.on("error", () => resolve(false))
  })
}
