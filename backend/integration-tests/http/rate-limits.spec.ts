import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminUser } from "../helpers/admin"
import { registerCustomer, variantId } from "../helpers/customers"
import { emailsSent, eventually } from "../helpers/inventory"
import { failedResponse, seedCatalog, storeHeaders } from "../helpers/seeded-shop"

jest.setTimeout(180 * 1000)

// Small limits so each story takes a few requests; every client is told apart by X-Forwarded-For.
const saved = { ...process.env }
Object.assign(process.env, {
  RATE_LIMIT_MULTIPLIER: "1",
  TRUST_PROXY_HOPS: "1",
  RATE_LIMITS: [
    "login.ip=6/600",
    "login.key=3/900",
    "registration.ip=3/3600",
    "registration.key=2/3600",
    "password_reset.ip=3/3600",
    "password_reset.key=2/3600",
    "newsletter.ip=4/3600",
    "newsletter.key=2/3600",
    "back_in_stock.ip=3/3600",
    "back_in_stock.key=2/3600",
    "feedback.ip=3/3600",
    "feedback.key=2/3600",
    "order_lookup.ip=2/3600",
    "order_lookup.key=2/3600",
  ].join(","),
})
afterAll(() => {
  process.env = saved
})

let clients = 0
/** A new visitor: their own address, as a proxy in front of the shop would report it. */
const newClient = () => `203.0.113.${++clients}`

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key: string
    const from = (ip: string, extra: Record<string, string> = {}) => ({
      headers: { ...storeHeaders(key).headers, "x-forwarded-for": ip, ...extra },
    })
    const statuses = async (requests: (() => Promise<unknown>)[]) => {
      const out: number[] = []
      for (const request of requests) out.push(((await request().catch((e) => e.response)) as { status: number }).status)
      return out
    }

    beforeAll(async () => {
      key = await seedCatalog(getContainer())
    })

    it("a stranger signing up someone else's address again and again is stopped, and the owner gets at most two emails", async () => {
      const signUps = [1, 2, 3].map(
        () => () => api.post("/store/newsletter-subscriptions", { email: "target@example.com" }, from(newClient()))
      )
      expect(await statuses(signUps)).toEqual([202, 202, 429])
      expect((await emailsSent(getContainer(), "newsletter-confirmation", "target@example.com")).length).toBeLessThanOrEqual(2)
    })

    it("one address signing up fifty strangers is stopped after the limit, with a Retry-After", async () => {
      const ip = newClient()
      const results = await statuses(
        Array.from(
          { length: 6 },
          (_, i) => () => api.post("/store/newsletter-subscriptions", { email: `stranger${i}@example.com` }, from(ip))
        )
      )
      expect(results).toEqual([202, 202, 202, 202, 429, 429])
      const refused = await failedResponse(api.post("/store/newsletter-subscriptions", { email: "one-more@example.com" }, from(ip)))
      expect(refused.status).toBe(429)
      expect(Number((refused as unknown as { headers: Record<string, string> }).headers["retry-after"])).toBeGreaterThan(3000)
      expect(refused.data).toEqual({
        type: "too_many_requests",
        message: expect.stringMatching(/^Too many attempts\. Please wait \d+ seconds and try again\.$/),
      })
      expect(await emailsSent(getContainer(), "newsletter-confirmation", "stranger5@example.com")).toHaveLength(0)
    })

    it("guessing a customer's password from many addresses locks that account's logins for a while, the right password too", async () => {
      // Registering logs in once: one of the account's three attempts.
      await registerCustomer(api, key, "guessed@example.com")
      const guesses = [1, 2].map(
        (n) => () => api.post("/auth/customer/emailpass", { email: "guessed@example.com", password: `guess-${n}` }, from(newClient()))
      )
      expect(await statuses(guesses)).toEqual([401, 401])
      const right = await failedResponse(
        api.post("/auth/customer/emailpass", { email: "Guessed@example.com", password: "correct horse battery staple" }, from(newClient()))
      )
      expect(right.status).toBe(429)
    })

    it("one address trying many admin accounts is stopped per address", async () => {
      await createAdminUser(getContainer())
      const ip = newClient()
      const tries = Array.from(
        { length: 7 },
        (_, i) => () => api.post("/auth/user/emailpass", { email: `admin${i}@example.com`, password: "nope" }, from(ip))
      )
      expect(await statuses(tries)).toEqual([401, 401, 401, 401, 401, 401, 429])
    })

    it("registration and password resets are limited per address", async () => {
      const registrations = [1, 2, 3].map(() => () => api.post("/store/registrations", { email: "popular@example.com" }, from(newClient())))
      expect(await statuses(registrations)).toEqual([202, 202, 429])
      const links = await eventually("the registration links", async () => {
        const sent = await emailsSent(getContainer(), "registration-link", "popular@example.com")
        return sent.length >= 2 ? sent : null
      })
      expect(links).toHaveLength(2)
      // Medusa's own register counts against the same address, token or not.
      const direct = await failedResponse(
        api.post("/auth/customer/emailpass/register", { email: "popular@example.com", password: "pw-long-enough" }, from(newClient()))
      )
      expect(direct.status).toBe(429)
      const resets = [1, 2, 3].map(
        () => () => api.post("/auth/customer/emailpass/reset-password", { identifier: "popular@example.com" }, from(newClient()))
      )
      expect(await statuses(resets)).toEqual([201, 201, 429])
      const adminResets = [1, 2, 3].map(
        () => () => api.post("/auth/user/emailpass/reset-password", { identifier: "boss@example.com" }, from(newClient()))
      )
      expect(await statuses(adminResets)).toEqual([201, 201, 429])
    })

    it("back-in-stock requests, guide feedback and order lookups are limited per address", async () => {
      const variant = await variantId(api, key, "daily-balance-probiotic", "30 capsules")
      const ip = newClient()
      const notices = Array.from(
        { length: 4 },
        (_, i) => () => api.post("/store/back-in-stock-requests", { variant_id: variant, email: `wait${i}@example.com` }, from(ip))
      )
      expect((await statuses(notices)).slice(-1)).toEqual([429])

      const { data } = await api.get("/store/guides", storeHeaders(key))
      const slug = data.guides[0].slug
      const feedbackIp = newClient()
      const votes = Array.from(
        { length: 4 },
        (_, i) => () => api.post(`/store/guides/${slug}/feedback`, { helpful: true }, from(feedbackIp, { "x-visitor-id": `visitor-${i}` }))
      )
      expect((await statuses(votes)).slice(-1)).toEqual([429])

      const lookupIp = newClient()
      const lookups = Array.from(
        { length: 3 },
        (_, i) => () => api.post("/store/order-lookups", { email: `who${i}@example.com`, order_number: i + 1 }, from(lookupIp))
      )
      expect(await statuses(lookups)).toEqual([202, 202, 429])
    })

    it("customer login is limited per client address, and admin login per account, each with a Retry-After", async () => {
      const ip = newClient()
      const tries = Array.from(
        { length: 7 },
        (_, i) => () => api.post("/auth/customer/emailpass", { email: `nobody${i}@example.com`, password: "nope" }, from(ip))
      )
      expect(await statuses(tries)).toEqual([401, 401, 401, 401, 401, 401, 429])

      const guesses = Array.from(
        { length: 4 },
        (_, i) => () => api.post("/auth/user/emailpass", { email: "Chief@example.com", password: `guess-${i}` }, from(newClient()))
      )
      expect(await statuses(guesses)).toEqual([401, 401, 401, 429])
      const refused = await failedResponse(
        api.post("/auth/user/emailpass", { email: "chief@example.com", password: "again" }, from(newClient()))
      )
      expect(Number((refused as unknown as { headers: Record<string, string> }).headers["retry-after"])).toBeGreaterThan(800)
    })

    it("registration and password resets are limited per client address too", async () => {
      const ip = newClient()
      const registrations = Array.from(
        { length: 4 },
        (_, i) => () => api.post("/store/registrations", { email: `newcomer${i}@example.com` }, from(ip))
      )
      expect(await statuses(registrations)).toEqual([202, 202, 202, 429])
      const resetIp = newClient()
      const resets = Array.from(
        { length: 4 },
        (_, i) => () => api.post("/auth/customer/emailpass/reset-password", { identifier: `forgetful${i}@example.com` }, from(resetIp))
      )
      expect(await statuses(resets)).toEqual([201, 201, 201, 429])
    })

    it("back-in-stock requests, feedback and order lookups are limited per email address or account too", async () => {
      const variant = await variantId(api, key, "daily-balance-probiotic", "30 capsules")
      const notices = [1, 2, 3].map(
        () => () => api.post("/store/back-in-stock-requests", { variant_id: variant, email: "watched@example.com" }, from(newClient()))
      )
      expect((await statuses(notices))[2]).toBe(429)

      const voter = await registerCustomer(api, key, "voter@example.com")
      const { data } = await api.get("/store/guides", storeHeaders(key))
      const votes = [0, 1, 2].map(
        (i) => () =>
          api.post(
            `/store/guides/${data.guides[i].slug}/feedback`,
            { helpful: true },
            from(newClient(), { authorization: voter.headers.headers.authorization! })
          )
      )
      expect((await statuses(votes))[2]).toBe(429)

      const lookups = [1, 2, 3].map(
        (n) => () => api.post("/store/order-lookups", { email: "looked-up@example.com", order_number: n }, from(newClient()))
      )
      expect(await statuses(lookups)).toEqual([202, 202, 429])
    })
  },
})
