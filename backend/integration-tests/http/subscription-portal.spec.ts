import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { addDays, nextDateBounds, startOfUtcDay } from "@biome/shared"
import { failedResponse, seedCatalog, storeHeaders } from "../helpers/seeded-shop"
import { checkout, registerCustomer, variantId, type Shopper } from "../helpers/customers"
import { subscriptionService } from "../helpers/subscriptions"

jest.setTimeout(240 * 1000)

const PORTAL = "/store/customers/me/subscriptions"
const DAY = 86_400_000

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key: string
    let alice: Shopper
    let bob: Shopper
    let daily: string // Alice: Daily Balance, 30 capsules, 1 every 30 days
    let gut: string // Alice: Gut Restore 50, 60 capsules, 2 every 60 days
    let bobs: string // Bob: Daily Balance, 30 capsules, every 60 days
    const variants = { daily30: "", daily60: "", gut60: "", kids30: "" }

    // Checked out once; the runner restores this state before every test.
    beforeAll(async () => {
      key = await seedCatalog(getContainer())
      const { data } = await api.get("/store/regions", storeHeaders(key))
      const regionId = data.regions.find((r: { currency_code: string }) => r.currency_code === "usd").id
      variants.daily30 = await variantId(api, key, "daily-balance-probiotic", "30 capsules")
      variants.daily60 = await variantId(api, key, "daily-balance-probiotic", "60 capsules")
      variants.gut60 = await variantId(api, key, "gut-restore-50", "60 capsules")
      variants.kids30 = await variantId(api, key, "kids-berry-chewables", "30 chewables")

      alice = await registerCustomer(api, key, "alice.portal@example.com")
      bob = await registerCustomer(api, key, "bob.portal@example.com")
      // Two checkouts: one order per subscription.
      await checkout(api, alice.headers, { region_id: regionId, email: alice.email, lines: [{ variant_id: variants.daily30, quantity: 1, interval_days: 30 }] })
      await checkout(api, alice.headers, { region_id: regionId, email: alice.email, lines: [{ variant_id: variants.gut60, quantity: 2, interval_days: 60 }] })
      await checkout(api, bob.headers, { region_id: regionId, email: bob.email, lines: [{ variant_id: variants.daily30, quantity: 1, interval_days: 60 }] })
      const subs = await subscriptionService(getContainer()).listSubscriptions({})
      daily = subs.find((s) => s.customer_id === alice.id && s.variant_id === variants.daily30)!.id
      gut = subs.find((s) => s.customer_id === alice.id && s.variant_id === variants.gut60)!.id
      bobs = subs.find((s) => s.customer_id === bob.id)!.id
    })

    const as = (shopper: Shopper) => ({
      get: (path = "") => api.get(`${PORTAL}${path}`, shopper.headers),
      post: (path: string, body: unknown = {}) => api.post(`${PORTAL}${path}`, body, shopper.headers),
    })
    const stored = (id: string) => subscriptionService(getContainer()).retrieveSubscription(id)
    const setStored = (id: string, data: Record<string, unknown>) => subscriptionService(getContainer()).updateSubscriptions({ id, ...data })
    const refused = (request: Promise<unknown>) => failedResponse(request)

    describe("seeing my subscriptions", () => {
      it("lists only my own subscriptions, with product, size, next date, next price, savings and the first order", async () => {
        const { data } = await as(alice).get()
        expect(data.count).toBe(2)
        expect(data.subscriptions.map((s: { id: string }) => s.id).sort()).toEqual([daily, gut].sort())
        const gutRestore = data.subscriptions.find((s: { id: string }) => s.id === gut)
        expect(gutRestore).toMatchObject({
          status: "active",
          product: { title: "Gut Restore 50", handle: "gut-restore-50" },
          variant: { id: variants.gut60, title: "60 capsules" },
          quantity: 2,
          interval_days: 60,
          next_price: { currency_code: "usd", unit_price: 59.49, regular_unit_price: 69.99, total: 118.98, savings_per_delivery: 21 },
        })
        expect(gutRestore.orders).toHaveLength(1)
        expect(gutRestore.orders[0]).toMatchObject({ display_id: expect.any(Number), status: "pending", total: expect.any(Number) })
        const days = (new Date(gutRestore.next_delivery_at).getTime() - new Date(gutRestore.orders[0].created_at).getTime()) / DAY
        expect(Math.round(days)).toBe(60)
        expect(JSON.stringify(data)).not.toContain("payment_data")
      })

      it("shows the newest subscription first and pages through the rest", async () => {
        const { data: regions } = await api.get("/store/regions", storeHeaders(key))
        const regionId = regions.regions.find((r: { currency_code: string }) => r.currency_code === "usd").id
        await checkout(api, alice.headers, { region_id: regionId, email: alice.email, lines: [{ variant_id: variants.kids30, quantity: 1, interval_days: 30 }] })

        const first = await as(alice).get("?limit=1")
        expect(first.data).toMatchObject({ count: 3, limit: 1, offset: 0 })
        expect(first.data.subscriptions[0].product.handle).toBe("kids-berry-chewables")
        expect(first.data.subscriptions[0].next_price).toMatchObject({ unit_price: 19.79, total: 19.79 })
        const rest = await as(alice).get("?limit=5&offset=1")
        expect(rest.data.subscriptions.map((s: { id: string }) => s.id).sort()).toEqual([daily, gut].sort())
      })

      it("filters my subscriptions by status", async () => {
        await as(alice).post(`/${gut}/pause`)
        const paused = await as(alice).get("?status=paused")
        expect(paused.data.subscriptions.map((s: { id: string }) => s.id)).toEqual([gut])
        expect((await as(alice).get("?status=cancelled")).data).toMatchObject({ count: 0, subscriptions: [] })
        expect((await refused(as(alice).get("?status=sleeping"))).status).toBe(400)
        expect((await refused(as(alice).get("?limit=500"))).status).toBe(400)
      })

      it("opens one subscription with its price and past orders", async () => {
        const { data } = await as(alice).get(`/${daily}`)
        expect(data.subscription).toMatchObject({
          id: daily,
          product: { title: "Daily Balance Probiotic" },
          variant: { title: "30 capsules" },
          next_price: { unit_price: 25.49, total: 25.49, savings_per_delivery: 4.5 },
          paused_until: null,
          cancelled_at: null,
        })
        expect(data.subscription.orders).toHaveLength(1)
      })

      it("a guest cannot open the portal", async () => {
        expect((await refused(api.get(PORTAL, storeHeaders(key)))).status).toBe(401)
        expect((await refused(api.post(`${PORTAL}/${daily}/skip`, {}, storeHeaders(key)))).status).toBe(401)
      })
    })

    describe("skipping, pausing and resuming", () => {
      it("skipping moves the next delivery one interval on and tells the shop", async () => {
        const events = jest.spyOn(getContainer().resolve(Modules.EVENT_BUS), "emit")
        const before = await stored(daily)
        const { data } = await as(alice).post(`/${daily}/skip`)
        expect(new Date(data.subscription.next_delivery_at).getTime()).toBe(new Date(before.next_delivery_at).getTime() + 30 * DAY)
        expect(data.subscription.status).toBe("active")
        const names = events.mock.calls.flatMap(([messages]) => [messages].flat().map((m) => (m as { name: string }).name))
        expect(names).toContain("subscription.skipped")
        events.mockRestore()
      })

      it("pausing without a date pauses until I resume; resuming keeps a next date that is still ahead", async () => {
        const before = await stored(daily)
        const paused = await as(alice).post(`/${daily}/pause`, {})
        expect(paused.data.subscription).toMatchObject({ status: "paused", paused_until: null, pause_reason: "customer_request" })

        const resumed = await as(alice).post(`/${daily}/resume`)
        expect(resumed.data.subscription).toMatchObject({ status: "active", paused_until: null, pause_reason: null })
        expect(resumed.data.subscription.next_delivery_at).toBe(new Date(before.next_delivery_at).toISOString())
      })

      it("pausing until a date records it; the date must be ahead and within a year", async () => {
        const until = addDays(new Date(), 45).toISOString()
        const { data } = await as(alice).post(`/${gut}/pause`, { until })
        expect(data.subscription).toMatchObject({ status: "paused", paused_until: until })

        const yesterday = addDays(new Date(), -1).toISOString().slice(0, 10)
        const past = await refused(as(alice).post(`/${daily}/pause`, { until: yesterday }))
        expect(past).toMatchObject({ status: 400, data: { message: expect.stringContaining("must end in the future") } })
        const tooFar = await refused(as(alice).post(`/${daily}/pause`, { until: addDays(new Date(), 400).toISOString() }))
        expect(tooFar).toMatchObject({ status: 400, data: { message: "A pause can last at most 365 days." } })
        expect((await stored(daily)).status).toBe("active")
      })

      it("resuming after the planned date has passed schedules the next delivery for tomorrow, never the past", async () => {
        await as(alice).post(`/${daily}/pause`)
        await setStored(daily, { next_delivery_at: addDays(new Date(), -10) })
        const tomorrow = (at: Date) => addDays(startOfUtcDay(at), 1).toISOString()
        const asked = new Date()
        const { data } = await as(alice).post(`/${daily}/resume`)
        // Computed from the clock on both sides of the request, so a run across midnight still agrees.
        expect([tomorrow(asked), tomorrow(new Date())]).toContain(data.subscription.next_delivery_at)
      })

      it("refuses what makes no sense in the current state with a 409 that says why", async () => {
        const resumeActive = await refused(as(alice).post(`/${daily}/resume`))
        expect(resumeActive).toMatchObject({
          status: 409,
          data: { message: "This subscription is already active, so there is nothing to resume." },
        })
        await as(alice).post(`/${daily}/pause`)
        const skipPaused = await refused(as(alice).post(`/${daily}/skip`))
        expect(skipPaused).toMatchObject({ status: 409, data: { message: expect.stringContaining("Resume it first") } })
        expect((await refused(as(alice).post(`/${daily}/pause`))).data.message).toBe("This subscription is already paused.")
      })

      it("a subscription whose payment failed can be paused but not skipped", async () => {
        await setStored(gut, { status: "past_due", failed_attempts: 1, next_retry_at: addDays(new Date(), 1) })
        const skip = await refused(as(alice).post(`/${gut}/skip`))
        expect(skip).toMatchObject({ status: 409, data: { message: expect.stringContaining("did not go through") } })
        const { data } = await as(alice).post(`/${gut}/pause`)
        expect(data.subscription).toMatchObject({ status: "paused", next_retry_at: null })
      })
    })

    describe("changing and cancelling", () => {
      it("changes the frequency to one the product offers; any other is a 400 that lists them", async () => {
        const { data } = await as(alice).post(`/${daily}`, { interval_days: 90 })
        expect(data.subscription.interval_days).toBe(90)
        const refusedInterval = await refused(as(alice).post(`/${daily}`, { interval_days: 45 }))
        expect(refusedInterval).toMatchObject({
          status: 400,
          data: { message: "Daily Balance Probiotic can be delivered every 30, 60 or 90 days, not every 45 days" },
        })
        expect((await stored(daily)).interval_days).toBe(90)
      })

      it("changes the quantity from 1 to 10, and the next price follows", async () => {
        const { data } = await as(alice).post(`/${daily}`, { quantity: 3 })
        expect(data.subscription).toMatchObject({ quantity: 3, next_price: { total: 76.47, savings_per_delivery: 13.5 } })
        for (const quantity of [0, 11, 2.5, "2"]) {
          expect((await refused(as(alice).post(`/${daily}`, { quantity }))).status).toBe(400)
        }
        expect((await stored(daily)).quantity).toBe(3)
      })

      it("swaps to another size of the same product, but not to another product", async () => {
        const { data } = await as(alice).post(`/${daily}`, { variant_id: variants.daily60 })
        expect(data.subscription).toMatchObject({ variant: { title: "60 capsules" }, next_price: { unit_price: 42.49 } })
        const otherProduct = await refused(as(alice).post(`/${daily}`, { variant_id: variants.kids30 }))
        expect(otherProduct).toMatchObject({ status: 400, data: { message: expect.stringContaining("same product") } })
        expect((await stored(daily)).variant_id).toBe(variants.daily60)
      })

      it("moves the next delivery within the allowed window; too early or too late is a 400 with the reason", async () => {
        const { earliest, latest } = nextDateBounds(new Date(), 30)
        const target = addDays(earliest, 9).toISOString()
        const { data } = await as(alice).post(`/${daily}`, { next_delivery_at: target })
        expect(data.subscription.next_delivery_at).toBe(target)

        const today = await refused(as(alice).post(`/${daily}`, { next_delivery_at: new Date().toISOString() }))
        expect(today).toMatchObject({ status: 400, data: { message: expect.stringContaining("at the earliest") } })
        const late = await refused(as(alice).post(`/${daily}`, { next_delivery_at: addDays(latest, 1).toISOString() }))
        expect(late).toMatchObject({ status: 400, data: { message: expect.stringContaining("pause your subscription instead") } })
        expect((await stored(daily)).next_delivery_at.toISOString()).toBe(target)
      })

      it("changes several things at once", async () => {
        const { data } = await as(alice).post(`/${gut}`, { interval_days: 30, quantity: 1 })
        expect(data.subscription).toMatchObject({ interval_days: 30, quantity: 1, next_price: { total: 59.49 } })
      })

      it("cancels with a reason and a comment; after that nothing can be skipped, changed or resumed", async () => {
        const { data } = await as(alice).post(`/${daily}/cancel`, { reason: "switching_product", comment: "Trying the 60s" })
        expect(data.subscription).toMatchObject({ status: "cancelled", cancel_reason: "switching_product", cancel_comment: "Trying the 60s" })
        expect(data.subscription.cancelled_at).toEqual(expect.any(String))

        const skip = await refused(as(alice).post(`/${daily}/skip`))
        expect(skip).toMatchObject({ status: 409, data: { message: "This subscription is cancelled, so there are no deliveries to skip." } })
        expect((await refused(as(alice).post(`/${daily}`, { quantity: 2 }))).status).toBe(409)
        expect((await refused(as(alice).post(`/${daily}/resume`))).data.message).toContain("nothing to resume: restart it")
        expect((await refused(as(alice).post(`/${daily}/cancel`, { reason: "other" }))).data.message).toBe("This subscription is already cancelled.")
      })
    })

    describe("changes that race or fail half-way", () => {
      it("two skips sent at once both count: the delivery moves two intervals and neither is lost", async () => {
        const before = await stored(daily)
        const results = await Promise.all([as(alice).post(`/${daily}/skip`), as(alice).post(`/${daily}/skip`)])
        expect(results.map((r) => r.status)).toEqual([200, 200])
        expect((await stored(daily)).next_delivery_at.getTime()).toBe(new Date(before.next_delivery_at).getTime() + 60 * DAY)
      })

      it("a change the shop cannot announce is rolled back, and the next change still goes through", async () => {
        const bus = getContainer().resolve(Modules.EVENT_BUS)
        const emit = bus.emit.bind(bus) as (...args: unknown[]) => Promise<void>
        const spy = jest.spyOn(bus, "emit").mockImplementation((async (messages: unknown, options: unknown) => {
          if ([messages].flat().some((m) => (m as { name: string }).name === "subscription.updated")) throw new Error("event bus down")
          return emit(messages, options)
        }) as never)
        const before = await stored(daily)
        const res = await refused(as(alice).post(`/${daily}`, { quantity: 4, interval_days: 60 }))
        spy.mockRestore()

        expect(res.status).toBe(500)
        expect(await stored(daily)).toMatchObject({ quantity: before.quantity, interval_days: before.interval_days })
        expect((await as(alice).post(`/${daily}`, { quantity: 2 })).data.subscription.quantity).toBe(2)
      })
    })

    describe("bad requests", () => {
      it("answers malformed bodies with a 400 that names the problem, and changes nothing", async () => {
        const before = await stored(daily)
        const attempts: [string, unknown][] = [
          [`/${daily}`, {}],
          [`/${daily}`, { interval_days: "sixty" }],
          [`/${daily}`, { quantity: 2, colour: "blue" }],
          [`/${daily}`, { next_delivery_at: "next tuesday" }],
          [`/${daily}`, { next_delivery_at: "2027-02-31" }],
          [`/${daily}`, { variant_id: "" }],
          [`/${daily}/skip`, { weeks: 2 }],
          [`/${daily}/pause`, { until: "soon" }],
          [`/${daily}/pause`, { until: addDays(new Date(), 5).toISOString(), reason: "holiday" }],
          [`/${daily}/resume`, { now: true }],
          [`/${daily}/cancel`, {}],
          [`/${daily}/cancel`, { reason: "bored" }],
          [`/${daily}/cancel`, { reason: "other", comment: "x".repeat(501) }],
        ]
        for (const [path, body] of attempts) {
          const res = await refused(as(alice).post(path, body))
          expect({ path, body, status: res.status }).toEqual({ path, body, status: 400 })
          expect(res.data.message).toEqual(expect.any(String))
        }
        expect(await stored(daily)).toEqual(before)
      })
    })

    describe("another customer's subscription", () => {
      it("is a 404 on every portal route, exactly like a missing one, and never in my list", async () => {
        const before = await stored(bobs)
        const list = await as(alice).get()
        expect(list.data.subscriptions.map((s: { id: string }) => s.id)).not.toContain(bobs)

        const requests: [string, () => Promise<unknown>][] = [
          ["GET detail", () => as(alice).get(`/${bobs}`)],
          ["change", () => as(alice).post(`/${bobs}`, { quantity: 2 })],
          ["skip", () => as(alice).post(`/${bobs}/skip`)],
          ["pause", () => as(alice).post(`/${bobs}/pause`)],
          ["resume", () => as(alice).post(`/${bobs}/resume`)],
          ["cancel", () => as(alice).post(`/${bobs}/cancel`, { reason: "other" })],
        ]
        for (const [name, request] of requests) {
          const res = await refused(request())
          expect({ name, status: res.status, message: res.data.message }).toEqual({
            name,
            status: 404,
            message: `Subscription with id ${bobs} was not found`,
          })
        }
        const missing = await refused(as(alice).post("/sub_doesnotexist/skip"))
        expect(missing).toMatchObject({ status: 404, data: { message: "Subscription with id sub_doesnotexist was not found" } })
        expect(await stored(bobs)).toEqual(before)
      })

      it("stays 404 even for an action the state would refuse, so nothing about it leaks", async () => {
        await setStored(bobs, { status: "cancelled" })
        expect((await refused(as(alice).post(`/${bobs}/resume`))).status).toBe(404)
        expect((await as(bob).get(`/${bobs}`)).data.subscription.status).toBe("cancelled")
      })
    })
  },
})
