import { spawn, type ChildProcess } from "node:child_process"
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import axios, { type AxiosError } from "axios"
import Redis from "ioredis"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { seedCatalog, storeHeaders } from "../helpers/seeded-shop"
import { cloneSubscription, setStock, subscribedCustomer, subscriptionService } from "../helpers/subscriptions"
import { renewalInvariantViolations, type RenewalExpectation } from "../helpers/renewal-invariants"
import type { SubscriptionDTO } from "../../src/modules/subscription/types"

/**
 * Scale-out on Redis, with the real built app: one server and worker processes in Redis mode (event bus,
 * workflow engine, locking, cache) on one PostgreSQL database. Two workers run the renewal job over the same
 * due subscriptions at once and one is killed with SIGKILL mid-run; a restarted worker finishes. The database
 * then holds exactly one order, one authorised payment, one reservation and one date move per period.
 * The test's own in-process app (medusaIntegrationTestRunner) only makes the database and reads it.
 */
jest.setTimeout(15 * 60 * 1000)

/**
 * The built processes get a Redis database of their own (index 11 unless TEST_SCALE_OUT_REDIS_DB says
 * otherwise), emptied before and after the run: Medusa's queue names are fixed, so the jobs a SIGKILLed worker
 * of an earlier run left in a shared database would be taken up by this run's workers, against a database
 * that no longer exists.
 */
const REDIS_DB = Number(process.env.TEST_SCALE_OUT_REDIS_DB ?? 11)
const REDIS_URL = (() => {
  const url = new URL(process.env.REDIS_URL ?? "redis://127.0.0.1:6379")
  url.pathname = `/${REDIS_DB}`
  return url.toString()
})()
// The reading app stays on local infrastructure; only the built processes use Redis.
delete process.env.REDIS_URL

async function emptyRedisDatabase() {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 })
  try {
    await redis.connect()
    await redis.flushdb()
  } finally {
    redis.disconnect()
  }
}
const DB_NAME = `biome_scale_out_${process.pid}`
const SERVER_PORT = Number(process.env.TEST_SCALE_OUT_PORT ?? 9101)
const builtServer = join(__dirname, "..", "..", ".medusa", "server")
const medusaBin = join(__dirname, "..", "..", "..", "node_modules", ".bin", "medusa")
const SUBSCRIPTIONS = 200

function databaseUrl() {
  const user = process.env.DB_USERNAME ?? "postgres"
  const auth = process.env.DB_PASSWORD ? `${user}:${encodeURIComponent(process.env.DB_PASSWORD)}` : user
  return `postgres://${auth}@${process.env.DB_HOST ?? "localhost"}:${process.env.DB_PORT ?? 5432}/${DB_NAME}`
}

type Proc = { child: ChildProcess; out: string[]; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> }

function startBuilt(args: string[], env: Record<string, string>): Proc {
  const out: string[] = []
  const child = spawn(medusaBin, args, {
    cwd: builtServer,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      NODE_ENV: "development",
      DATABASE_URL: databaseUrl(),
      REDIS_URL,
      SCHEDULED_JOBS: "off",
      // The shop's rate limits live in Redis: this run's own counters, at the test allowance.
      RATE_LIMIT_MULTIPLIER: "1000",
      RATE_LIMIT_PREFIX: `biome:rate-limit:scale-out:${process.pid}`,
      LOG_LEVEL: "error",
      MEDUSA_DISABLE_TELEMETRY: "true",
      ...env,
    },
  })
  const keep = (d: Buffer) => {
    out.push(d.toString())
    if (out.length > 400) out.shift()
  }
  child.stdout!.on("data", keep)
  child.stderr!.on("data", keep)
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal }))
  )
  return { child, out, exited }
}

/**
 * A worker: a process of the built app (full container, Redis modules) that runs the renewal job once, and
 * with RENEWAL_WAIT_FOR_HELD_MS runs it again until the locks a dead worker held have expired.
 */
const startWorker = (env: Record<string, string> = {}) =>
  startBuilt(["exec", "./src/scripts/renew-due-subscriptions.js"], { DISABLE_MEDUSA_ADMIN: "true", ...env })

/** The summaries the worker printed, one per run. */
const runsOf = (p: Proc) =>
  p.out
    .join("")
    .split("\n")
    .filter((l) => l.startsWith("renewal-run "))
    .map((l) => JSON.parse(l.slice("renewal-run ".length)) as { renewed: number; already_renewed: number; errors: number; due: number })

function kill(p: Proc) {
  try {
    process.kill(-p.child.pid!, "SIGKILL")
  } catch {}
}

async function finished(p: Proc, name: string) {
  const { code, signal } = await p.exited
  if (code !== 0) throw new Error(`${name} exited ${code ?? signal}\n${p.out.join("").slice(-4000)}`)
}

medusaIntegrationTestRunner({
  inApp: true,
  dbName: DB_NAME,
  testSuite: ({ getContainer }) => {
    let key: string
    let server: Proc
    const api = axios.create({ baseURL: `http://localhost:${SERVER_PORT}` })
    // A failed request becomes a plain error naming what the server answered: an axios error holds circular
    // references, which crash the jest worker that tries to report it.
    api.interceptors.response.use(undefined, (e: AxiosError) =>
      Promise.reject(
        new Error(
          `${e.config?.method?.toUpperCase()} ${e.config?.url} failed: ${e.response ? `${e.response.status} ${JSON.stringify(e.response.data)}` : e.message}`
        )
      )
    )
    const started: Proc[] = []
    const track = (p: Proc) => {
      started.push(p)
      return p
    }

    beforeAll(async () => {
      if (!existsSync(join(builtServer, "medusa-config.js"))) {
        throw new Error("The scale-out test runs the built backend: run it through `npm test` (turbo builds first)")
      }
      await emptyRedisDatabase()
      key = await seedCatalog(getContainer())
      server = track(startBuilt(["start", "--port", String(SERVER_PORT)], { MEDUSA_WORKER_MODE: "server", DISABLE_MEDUSA_ADMIN: "true" }))
      const until = Date.now() + 180_000
      for (;;) {
        if (server.child.exitCode !== null) throw new Error(`the server exited\n${server.out.join("").slice(-4000)}`)
        if (
          await api.get("/health").then(
            () => true,
            () => false
          )
        )
          break
        if (Date.now() > until) throw new Error(`the server did not start\n${server.out.join("").slice(-4000)}`)
        await new Promise((r) => setTimeout(r, 1000))
      }
    })

    afterAll(async () => {
      started.forEach(kill)
      await Promise.all(started.map((p) => p.exited))
      await emptyRedisDatabase()
    })

    /** n due subscriptions: one subscribed through the Redis-mode server's checkout, the rest copies of it. */
    async function dueSubscriptions(email: string, n: number): Promise<RenewalExpectation[]> {
      const { data } = await api.get("/store/regions", storeHeaders(key))
      const regionId = data.regions.find((r: { currency_code: string }) => r.currency_code === "usd").id
      const { subscription } = await subscribedCustomer(api, getContainer(), { key, regionId, email })
      await setStock(getContainer(), subscription.variant_id, 5000)
      const due = new Date(Date.now() - 3_600_000)
      const copies = await cloneSubscription(getContainer(), subscription, n - 1)
      const all = [subscription, ...copies] as SubscriptionDTO[]
      await subscriptionService(getContainer()).updateSubscriptions(all.map((s) => ({ id: s.id, next_delivery_at: due })))
      return all.map((s) => ({ subscription_id: s.id, first_due: due, periods: 1 }))
    }

    const succeededRenewals = async (ids: string[]) => {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const rows = await pg("subscription_renewal").count("* as count").where("status", "succeeded").whereIn("subscription_id", ids)
      return Number((rows[0] as { count: string | number }).count)
    }

    it(`two workers renew ${SUBSCRIPTIONS} due subscriptions at once; one is SIGKILLed mid-run; a restarted worker finishes; each period is renewed exactly once`, async () => {
      const expectations = await dueSubscriptions("scale.out@example.com", SUBSCRIPTIONS)
      const ids = expectations.map((e) => e.subscription_id)

      // Both boot, then start their runs at the same instant.
      const startFile = join(mkdtempSync(join(tmpdir(), "biome-scale-out-")), "go")
      const a = track(startWorker({ RENEWAL_START_FILE: startFile }))
      const b = track(startWorker({ RENEWAL_START_FILE: startFile }))
      const bootedBy = Date.now() + 180_000
      while (readdirSync(dirname(startFile)).filter((f) => f.startsWith("go.ready.")).length < 2) {
        for (const [name, p] of [
          ["A", a],
          ["B", b],
        ] as const) {
          if (p.child.exitCode !== null) throw new Error(`worker ${name} exited while booting\n${p.out.join("").slice(-4000)}`)
        }
        if (Date.now() > bootedBy) throw new Error("the workers did not boot")
        await new Promise((r) => setTimeout(r, 100))
      }
      writeFileSync(startFile, "")
      // Kill A once the two have renewed a good part between them, in the middle of whatever it is doing.
      const until = Date.now() + 300_000
      while ((await succeededRenewals(ids)) < SUBSCRIPTIONS / 4) {
        if (a.child.exitCode !== null) throw new Error(`worker A ended before it was killed\n${a.out.join("").slice(-4000)}`)
        if (Date.now() > until) throw new Error(`no progress\n${a.out.join("").slice(-3000)}\n${b.out.join("").slice(-3000)}`)
        await new Promise((r) => setTimeout(r, 250))
      }
      const atKill = await succeededRenewals(ids)
      kill(a)
      expect((await a.exited).signal).toBe("SIGKILL")
      await finished(b, "worker B")
      const [bRun] = runsOf(b)
      expect(bRun!.errors).toBe(0)
      expect(bRun!.renewed).toBeGreaterThan(0)

      // A restarted worker finishes what A left: its in-flight renewal, once A's lock on it has expired.
      const c = track(startWorker({ RENEWAL_WAIT_FOR_HELD_MS: "120000" }))
      await finished(c, "restarted worker")
      const cRuns = runsOf(c)
      expect(cRuns.every((r) => r.errors === 0)).toBe(true)
      // A died in the middle of the run: some renewed, some still due. (Which worker renews which depends on the
      // locks: renewals of one variant queue on its stock lock, so one worker may have done most of them.)
      const cRenewed = cRuns.reduce((n, r) => n + r.renewed, 0)
      expect(atKill).toBeGreaterThan(0)
      expect(atKill).toBeLessThan(SUBSCRIPTIONS)
      process.stderr.write(
        `scale-out: A killed at ${atKill} renewals; B renewed ${bRun!.renewed}; the restarted worker renewed ${cRenewed} in ${cRuns.length} run(s)\n`
      )
      expect(await succeededRenewals(ids)).toBe(SUBSCRIPTIONS)
      expect(await renewalInvariantViolations(getContainer(), expectations)).toEqual([])
    })

    it("a worker killed between creating a renewal order and recording it: the next worker cancels that order and renews once", async () => {
      const expectations = await dueSubscriptions("killed.between.steps@example.com", 4)
      const ids = expectations.map((e) => e.subscription_id)

      // The worker dies (SIGKILL, from inside) the second time an order exists that its attempt has not noted.
      const a = track(startWorker({ TEST_KILL_AT: "renewal:order-created:2" }))
      expect((await a.exited).signal).toBe("SIGKILL")
      expect(await succeededRenewals(ids)).toBe(1)
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const orphans = await pg("order").select("id").whereRaw("metadata->>'subscription_id' = any(?)", [ids]).whereNot("status", "canceled")
      expect(orphans).toHaveLength(2)

      const b = track(startWorker({ RENEWAL_WAIT_FOR_HELD_MS: "120000" }))
      await finished(b, "restarted worker")
      expect(await renewalInvariantViolations(getContainer(), expectations)).toEqual([])
      const cancelled = await pg("order").select("id").whereRaw("metadata->>'subscription_id' = any(?)", [ids]).where("status", "canceled")
      expect(cancelled).toHaveLength(1)
    })
  },
})
