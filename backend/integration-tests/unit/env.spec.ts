describe("backend configuration", () => {
  const load = (env: Record<string, string | undefined>) => {
    let readEnv: typeof import("../../src/config/env").readEnv
    const saved = process.env.NODE_ENV
    process.env.NODE_ENV = env.NODE_ENV
    jest.isolateModules(() => {
      readEnv = require("../../src/config/env").readEnv
    })
    process.env.NODE_ENV = saved
    return () => readEnv(env as NodeJS.ProcessEnv)
  }
  const db = "postgres://postgres@localhost:5432/biome"

  it("runs in development with working defaults and no Redis", () => {
    const env = load({ NODE_ENV: "development", DATABASE_URL: db })()
    expect(env.MEDUSA_WORKER_MODE).toBe("shared")
    expect(env.REDIS_URL).toBeUndefined()
    expect(env.STRIPE_API_KEY).toBeUndefined()
  })

  it("refuses to start in production without real secrets, naming each one", () => {
    expect(load({ NODE_ENV: "production", DATABASE_URL: db })).toThrow(/JWT_SECRET is required in production[\s\S]*COOKIE_SECRET/)
  })

  it("refuses a short production secret", () => {
    const run = load({ NODE_ENV: "production", DATABASE_URL: db, JWT_SECRET: "short", COOKIE_SECRET: "x".repeat(40) })
    expect(run).toThrow(/JWT_SECRET must be at least 32 characters/)
  })

  it("refuses a database URL that is not PostgreSQL", () => {
    expect(load({ NODE_ENV: "development", DATABASE_URL: "mysql://localhost/shop" })).toThrow(/postgres:\/\//)
  })

  it("runs the scheduled jobs unless told not to, and not under tests, where they would renew beside the test", () => {
    expect(load({ NODE_ENV: "production", DATABASE_URL: db, JWT_SECRET: "j".repeat(40), COOKIE_SECRET: "c".repeat(40) })().SCHEDULED_JOBS).toBe("on")
    expect(load({ NODE_ENV: "development", DATABASE_URL: db })().SCHEDULED_JOBS).toBe("on")
    expect(load({ NODE_ENV: "development", DATABASE_URL: db, SCHEDULED_JOBS: "off" })().SCHEDULED_JOBS).toBe("off")
    expect(load({ NODE_ENV: "test" })().SCHEDULED_JOBS).toBe("off")
    expect(load({ NODE_ENV: "development", DATABASE_URL: db, SCHEDULED_JOBS: "sometimes" })).toThrow(/SCHEDULED_JOBS/)
  })

  it("refuses an unknown worker mode", () => {
    expect(load({ NODE_ENV: "development", DATABASE_URL: db, MEDUSA_WORKER_MODE: "both" })).toThrow(/MEDUSA_WORKER_MODE/)
  })

  it("accepts Stripe only with a secret key, and asks for the webhook secret in production", () => {
    expect(load({ NODE_ENV: "development", DATABASE_URL: db, STRIPE_API_KEY: "pk_test_123" })).toThrow(/STRIPE_API_KEY/)
    const prod = { NODE_ENV: "production", DATABASE_URL: db, JWT_SECRET: "j".repeat(40), COOKIE_SECRET: "c".repeat(40) }
    expect(load({ ...prod, STRIPE_API_KEY: "sk_test_abc" })).toThrow(/STRIPE_WEBHOOK_SECRET/)
    expect(load({ ...prod, STRIPE_API_KEY: "sk_test_abc", STRIPE_WEBHOOK_SECRET: "whsec_1" })().STRIPE_API_KEY).toBe("sk_test_abc")
  })

  it("switches to worker mode and Redis when told to", () => {
    const env = load({ NODE_ENV: "development", DATABASE_URL: db, REDIS_URL: "redis://localhost:6379", MEDUSA_WORKER_MODE: "worker" })()
    expect(env).toMatchObject({ REDIS_URL: "redis://localhost:6379", MEDUSA_WORKER_MODE: "worker" })
  })
})
