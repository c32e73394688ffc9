import Redis from "ioredis"

// The machine's real Redis, on the database set aside for these tests; a prefix of its own per run.
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379/6"
const PREFIX = `biome-test:${process.pid}:${Date.now()}`

type RateLimitsModule = typeof import("../rate-limits")

/**
 * A fresh copy of the rate-limit module with its own Redis connection and no memory shared with any other copy:
 * what a second server process (or the worker) has.
 */
function process_(): RateLimitsModule {
  let loaded: RateLimitsModule | undefined
  jest.isolateModules(() => {
    loaded = require("../rate-limits") as RateLimitsModule
  })
  return loaded!
}

function fakeExchange(ip: string, body: Record<string, unknown>) {
  const req = { headers: {}, socket: { remoteAddress: ip }, body, validatedBody: body } as never
  const res = {
    statusCode: 200,
    headers: {} as Record<string, string>,
    body: undefined as unknown,
    setHeader(name: string, value: string) {
      this.headers[name.toLowerCase()] = value
    },
    status(code: number) {
      this.statusCode = code
      return this
    },
    json(body: unknown) {
      this.body = body
      return this
    },
  }
  return { req, res }
}

/** Runs one request through a process's middleware: "next" when it may go on, else the refusal. */
async function send(proc: RateLimitsModule, ip: string, email: string) {
  const { req, res } = fakeExchange(ip, { email })
  let passed = false
  let failure: unknown
  await proc.rateLimit("newsletter", (r) => (r as unknown as { body: { email: string } }).body.email)(
    req,
    res as never,
    ((e?: unknown) => {
      if (e) failure = e
      else passed = true
    }) as never
  )
  if (failure) throw failure
  return passed ? { status: "next" as const } : { status: res.statusCode, retryAfter: Number(res.headers["retry-after"]), body: res.body }
}

describe("rate limits with REDIS_URL", () => {
  const saved = { ...process.env }
  let one: RateLimitsModule
  let two: RateLimitsModule
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 })

  beforeAll(async () => {
    Object.assign(process.env, {
      REDIS_URL,
      RATE_LIMIT_PREFIX: PREFIX,
      RATE_LIMIT_MULTIPLIER: "1",
      RATE_LIMITS: "newsletter.ip=4/3600,newsletter.key=2/3600",
    })
    await redis.connect()
    one = process_()
    two = process_()
    await Promise.all([one.rateLimitStoreReady(), two.rateLimitStoreReady()])
  })

  afterAll(async () => {
    const keys = await redis.keys(`${PREFIX}*`)
    if (keys.length) await redis.del(...keys)
    await Promise.all([one.closeRateLimiters(), two.closeRateLimiters()])
    await redis.quit()
    process.env = saved
  })

  it("two processes count one address's sign-ups together, in Redis, and the third is a 429 with Retry-After", async () => {
    expect(one.rateLimiters().newsletter.key.constructor.name).toBe("RateLimiterRedis")
    expect(await send(one, "198.51.100.1", "shared@example.com")).toEqual({ status: "next" })
    expect(await send(two, "198.51.100.2", "Shared@Example.com")).toEqual({ status: "next" })
    const refused = await send(one, "198.51.100.3", "shared@example.com")
    expect(refused).toMatchObject({ status: 429, body: { type: "too_many_requests" } })
    expect((refused as { retryAfter: number }).retryAfter).toBeGreaterThan(3500)
    expect(await send(two, "198.51.100.4", "shared@example.com")).toMatchObject({ status: 429 })
    // The count lives in Redis, where every process reads it.
    expect(Number(await redis.get(`${PREFIX}:newsletter:key:shared@example.com`))).toBeGreaterThanOrEqual(3)
  })

  it("two processes count one client address together across different email addresses", async () => {
    const ip = "198.51.100.77"
    const results = []
    for (let i = 0; i < 5; i++) results.push((await send(i % 2 ? two : one, ip, `visitor${i}@example.com`)).status)
    expect(results).toEqual(["next", "next", "next", "next", 429])
    expect(Number(await redis.get(`${PREFIX}:newsletter:ip:${ip}`))).toBe(5)
  })
})
