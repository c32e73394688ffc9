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
  const secrets = { JWT_SECRET: "j".repeat(40), COOKIE_SECRET: "c".repeat(40), NEWSLETTER_SECRET: "n".repeat(40) }
  const email = { SMTP_URL: "smtp://shop:secret@mail.example.com:587", EMAIL_FROM: "Biome & Bloom <orders@example.com>" }
  const stripe = { STRIPE_API_KEY: "sk_test_abc", STRIPE_WEBHOOK_SECRET: "whsec_1" }
  /** A production environment with everything a live shop needs. */
  const live = { NODE_ENV: "production", DATABASE_URL: db, ...secrets, ...email, ...stripe }

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
    expect(load(live)().SCHEDULED_JOBS).toBe("on")
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
    expect(load({ ...live, STRIPE_WEBHOOK_SECRET: undefined })).toThrow(/STRIPE_WEBHOOK_SECRET/)
    expect(load(live)().STRIPE_API_KEY).toBe("sk_test_abc")
  })

  it("switches to worker mode and Redis when told to", () => {
    const env = load({ NODE_ENV: "development", DATABASE_URL: db, REDIS_URL: "redis://localhost:6379", MEDUSA_WORKER_MODE: "worker" })()
    expect(env).toMatchObject({ REDIS_URL: "redis://localhost:6379", MEDUSA_WORKER_MODE: "worker" })
  })

  describe("payment modes", () => {
    it("takes payments in demo mode, which charges nothing, when development has no Stripe key", () => {
      expect(load({ NODE_ENV: "development", DATABASE_URL: db })().PAYMENT_MODE).toBe("demo")
      expect(load({ NODE_ENV: "test" })().PAYMENT_MODE).toBe("demo")
    })

    it("takes payments through Stripe as soon as a Stripe key is set", () => {
      expect(load({ NODE_ENV: "development", DATABASE_URL: db, STRIPE_API_KEY: "sk_test_abc" })().PAYMENT_MODE).toBe("stripe")
      expect(load(live)().PAYMENT_MODE).toBe("stripe")
    })

    it("refuses to start in production with neither Stripe nor demo mode, naming both settings", () => {
      const run = load({ ...live, STRIPE_API_KEY: undefined, STRIPE_WEBHOOK_SECRET: undefined })
      expect(run).toThrow(/STRIPE_API_KEY is required in production, or DEMO_PAYMENTS=on for a demo store that charges nothing/)
    })

    it("runs a production demo store only when told so with DEMO_PAYMENTS=on", () => {
      const env = load({ ...live, STRIPE_API_KEY: undefined, STRIPE_WEBHOOK_SECRET: undefined, DEMO_PAYMENTS: "on" })()
      expect(env.PAYMENT_MODE).toBe("demo")
    })

    it("refuses demo mode beside a Stripe key, and a shop with no way to be paid", () => {
      expect(load({ ...live, DEMO_PAYMENTS: "on" })).toThrow(
        /DEMO_PAYMENTS: demo mode takes no money, so it cannot be on while STRIPE_API_KEY is set/
      )
      expect(load({ NODE_ENV: "development", DATABASE_URL: db, DEMO_PAYMENTS: "off" })).toThrow(
        /DEMO_PAYMENTS=off leaves the shop no way to take payments/
      )
      expect(load({ NODE_ENV: "development", DATABASE_URL: db, DEMO_PAYMENTS: "yes" })).toThrow(/DEMO_PAYMENTS/)
    })
  })

  describe("email", () => {
    it("refuses to start in production without an email provider or a sender, naming each", () => {
      const run = load({ ...live, SMTP_URL: undefined, EMAIL_FROM: undefined })
      expect(run).toThrow(/SMTP_URL is required in production[\s\S]*EMAIL_FROM is required in production/)
    })

    it("sends from a development address unless EMAIL_FROM says otherwise, and logs instead without SMTP_URL", () => {
      const env = load({ NODE_ENV: "development", DATABASE_URL: db })()
      expect(env.SMTP_URL).toBeUndefined()
      expect(env.EMAIL_FROM).toBe("Biome & Bloom <hello@biome-bloom.local>")
      expect(load({ NODE_ENV: "development", DATABASE_URL: db, ...email })()).toMatchObject(email)
    })

    it("refuses an SMTP_URL that is not SMTP and a sender that is not an address", () => {
      expect(load({ NODE_ENV: "development", DATABASE_URL: db, SMTP_URL: "https://mail.example.com" })).toThrow(
        /SMTP_URL must be an smtp:\/\//
      )
      expect(load({ NODE_ENV: "development", DATABASE_URL: db, EMAIL_FROM: "Biome & Bloom" })).toThrow(/EMAIL_FROM must be an address/)
    })
  })

  it("makes the session cookie Secure only where the shop is served over https, unless COOKIE_SECURE says otherwise", () => {
    const { sessionCookieSecure } = require("../../src/config/env") as typeof import("../../src/config/env")
    // npm start: production mode on http://localhost, where a Secure cookie would never come back.
    expect(sessionCookieSecure(load({ ...live, MEDUSA_BACKEND_URL: "http://localhost:9000" })())).toBe(false)
    expect(sessionCookieSecure(load({ ...live })())).toBe(false)
    // Behind a TLS-terminating proxy the public URL is https.
    expect(sessionCookieSecure(load({ ...live, MEDUSA_BACKEND_URL: "https://shop.example.com" })())).toBe(true)
    expect(sessionCookieSecure(load({ ...live, MEDUSA_BACKEND_URL: "https://shop.example.com", COOKIE_SECURE: "false" })())).toBe(false)
    expect(sessionCookieSecure(load({ ...live, MEDUSA_BACKEND_URL: "http://backend:9000", COOKIE_SECURE: "true" })())).toBe(true)
    expect(load({ ...live, COOKIE_SECURE: "yes" })).toThrow(/COOKIE_SECURE/)
  })

  it("lets `medusa build` compile under NODE_ENV=production without the running shop's settings", () => {
    const argv = process.argv
    process.argv = [...argv.slice(0, 2), "build"]
    try {
      expect(load({ NODE_ENV: "production", DATABASE_URL: db, ...secrets })().PAYMENT_MODE).toBe("demo")
    } finally {
      process.argv = argv
    }
  })

  it("has no escape hatch: production refuses the development secret whatever ALLOW_DEV_SECRETS says", () => {
    expect(load({ NODE_ENV: "production", DATABASE_URL: db, ALLOW_DEV_SECRETS: "true" })).toThrow(/JWT_SECRET is required in production/)
    expect(load({ NODE_ENV: "production", DATABASE_URL: db, JWT_SECRET: "j".repeat(40), COOKIE_SECRET: "c".repeat(40) })).toThrow(
      /NEWSLETTER_SECRET is required in production/
    )
  })

  it("turns database TLS on from DATABASE_SSL or the URL's sslmode, verifying the certificate when asked", () => {
    const { databaseSsl } = require("../../src/config/database-ssl") as typeof import("../../src/config/database-ssl")
    expect(databaseSsl({ DATABASE_URL: db })).toBe(false)
    expect(databaseSsl({ DATABASE_URL: `${db}?sslmode=require` })).toEqual({ rejectUnauthorized: false })
    expect(databaseSsl({ DATABASE_URL: `${db}?sslmode=verify-full`, DATABASE_CA: "PEM" })).toEqual({ rejectUnauthorized: true, ca: "PEM" })
    expect(databaseSsl({ DATABASE_URL: `${db}?sslmode=require`, DATABASE_SSL: "verify" })).toEqual({ rejectUnauthorized: true })
    expect(databaseSsl({ DATABASE_URL: `${db}?sslmode=verify-full`, DATABASE_SSL: "off" })).toBe(false)
    expect(load({ NODE_ENV: "development", DATABASE_URL: db, DATABASE_SSL: "sometimes" })).toThrow(/DATABASE_SSL/)
  })

  it("keeps unsubscribe links signed with a previous newsletter secret working after a rotation", () => {
    const { newsletterToken } =
      require("../../src/modules/engagement/newsletter-tokens") as typeof import("../../src/modules/engagement/newsletter-tokens")
    const old = "o".repeat(40)
    const env = load({
      NODE_ENV: "development",
      DATABASE_URL: db,
      NEWSLETTER_SECRET: "n".repeat(40),
      NEWSLETTER_PREVIOUS_SECRETS: `x, ${old}`,
    })()
    expect(env.NEWSLETTER_PREVIOUS_SECRETS).toEqual(["x", old])
    const saved = { ...process.env }
    Object.assign(process.env, { NEWSLETTER_SECRET: "n".repeat(40), NEWSLETTER_PREVIOUS_SECRETS: old })
    try {
      const { addressFromToken } =
        require("../../src/workflows/newsletter/steps/read-newsletter-link") as typeof import("../../src/workflows/newsletter/steps/read-newsletter-link")
      expect(addressFromToken("unsubscribe", newsletterToken(old, "unsubscribe", "ana@example.com"))).toBe("ana@example.com")
      expect(() => addressFromToken("unsubscribe", newsletterToken("r".repeat(40), "unsubscribe", "ana@example.com"))).toThrow(/not valid/)
    } finally {
      process.env = saved
    }
  })
})
