type LoadedConfig = {
  projectConfig: { workerMode: string; redisUrl?: string; cookieOptions?: { secure?: boolean } }
  admin: { disable: boolean }
  featureFlags: Record<string, unknown>
  modules: Record<string, { resolve: string; options?: { providers?: { resolve: string; id: string; options?: unknown }[] } }>
}

/** Loads medusa-config.ts with the given environment, as a fresh module. */
function loadConfig(env: Record<string, string>): LoadedConfig {
  const saved = { ...process.env }
  Object.assign(process.env, { NODE_ENV: "development", DATABASE_URL: "postgres://localhost/biome" }, env)
  let config: LoadedConfig | undefined
  try {
    jest.isolateModules(() => {
      config = require("../../medusa-config")
    })
  } finally {
    process.env = saved
  }
  return config!
}

describe("medusa-config", () => {
  it("runs one shared process on Medusa's in-process infrastructure without Redis", () => {
    const config = loadConfig({})
    expect(config.projectConfig.workerMode).toBe("shared")
    expect(JSON.stringify(config.modules)).not.toContain("redis")
    expect(config.modules.payment!.options!.providers).toEqual([])
  })

  it("switches events, workflows, locking and caching to Redis when REDIS_URL is set", () => {
    const config = loadConfig({ REDIS_URL: "redis://localhost:6379" })
    expect(config.modules.event_bus!.resolve).toBe("@medusajs/medusa/event-bus-redis")
    expect(config.modules.workflows!.resolve).toBe("@medusajs/medusa/workflow-engine-redis")
    expect(config.modules.locking!.options!.providers![0]!.resolve).toBe("@medusajs/medusa/locking-redis")
    expect(config.modules.caching!.options!.providers![0]!.resolve).toBe("@medusajs/caching-redis")
    expect(config.featureFlags.caching).toBe(true)
  })

  it("adds the Stripe payment provider only when STRIPE_API_KEY is set", () => {
    const config = loadConfig({ STRIPE_API_KEY: "sk_test_123" })
    expect(config.modules.payment!.options!.providers).toEqual([
      expect.objectContaining({ resolve: "@medusajs/medusa/payment-stripe", id: "stripe" }),
    ])
  })

  it("sends email through SMTP when SMTP_URL is set, and only logs it in development otherwise", () => {
    const smtp = loadConfig({ SMTP_URL: "smtp://127.0.0.1:1025", EMAIL_FROM: "Shop <shop@example.com>" })
    expect(smtp.modules.notification!.options!.providers).toEqual([
      expect.objectContaining({
        resolve: "./src/modules/smtp-email",
        id: "smtp",
        options: { channels: ["email"], url: "smtp://127.0.0.1:1025", from: "Shop <shop@example.com>" },
      }),
    ])
    expect(loadConfig({}).modules.notification!.options!.providers).toEqual([
      expect.objectContaining({ resolve: "@medusajs/medusa/notification-local", id: "local" }),
    ])
  })

  it("gives Medusa a session cookie that is Secure only when the backend's public URL is https", () => {
    expect(loadConfig({ MEDUSA_BACKEND_URL: "http://localhost:9000" }).projectConfig.cookieOptions).toEqual({ secure: false })
    expect(loadConfig({ MEDUSA_BACKEND_URL: "https://shop.example.com" }).projectConfig.cookieOptions).toEqual({ secure: true })
  })

  it("serves no admin dashboard from a worker process", () => {
    const config = loadConfig({ MEDUSA_WORKER_MODE: "worker", REDIS_URL: "redis://localhost:6379" })
    expect(config.projectConfig.workerMode).toBe("worker")
    expect(config.admin.disable).toBe(true)
  })
})
