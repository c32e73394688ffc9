import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { addDays, utcDateKey } from "@biome/shared"
import { failedResponse, seedCatalog, storeHeaders } from "../helpers/seeded-shop"
import { checkout, explain, registerCustomer, variantId, type Shopper } from "../helpers/customers"
import { createAdminUser, type AdminHeaders } from "../helpers/admin"
import { subscriptionService } from "../helpers/subscriptions"

jest.setTimeout(240 * 1000)

const ADMIN = "/admin/subscriptions"
const ids = (rows: { id: string }[]) => rows.map((r) => r.id)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: AdminHeaders
    let alice: Shopper
    let bob: Shopper
    let carol: Shopper
    // Alice: Daily Balance 30 every 30 days; Bob: 2 × Gut Restore 60 every 60 days; Carol: Kids' chewables every 30 days.
    const sub: Record<"alice" | "bob" | "carol", string> = { alice: "", bob: "", carol: "" }
    const variants = { daily30: "", gut60: "", kids30: "" }

    beforeAll(async () => {
      const key = await seedCatalog(getContainer())
      admin = await createAdminUser(getContainer(), "ops@biomeandbloom.test")
      const { data } = await api.get("/store/regions", storeHeaders(key))
      const region_id = data.regions.find((r: { currency_code: string }) => r.currency_code === "usd").id
      variants.daily30 = await variantId(api, key, "daily-balance-probiotic", "30 capsules")
      variants.gut60 = await variantId(api, key, "gut-restore-50", "60 capsules")
      variants.kids30 = await variantId(api, key, "kids-berry-chewables", "30 chewables")

      const subscribe = async (name: keyof typeof sub, variant_id: string, quantity: number, interval_days: number) => {
        const shopper = await registerCustomer(api, key, `${name}.admin@example.com`)
        await checkout(api, shopper.headers, { region_id, email: shopper.email, lines: [{ variant_id, quantity, interval_days }] })
        const [created] = await subscriptionService(getContainer()).listSubscriptions({ customer_id: shopper.id })
        sub[name] = created!.id
        return shopper
      }
      alice = await subscribe("alice", variants.daily30, 1, 30)
      bob = await subscribe("bob", variants.gut60, 2, 60)
      carol = await subscribe("carol", variants.kids30, 1, 30)
    })

    const get = (path: string) => api.get(`${ADMIN}${path}`, admin)
    const post = (path: string, body: unknown = {}) => api.post(`${ADMIN}${path}`, body, admin)
    const stored = (id: string) => subscriptionService(getContainer()).retrieveSubscription(id)

    describe("the subscriptions list", () => {
      it("shows every subscription, newest first, with the customer's email, product and size, and a count", async () => {
        const { data } = await get("")
        expect(data).toMatchObject({ count: 3, limit: 20, offset: 0 })
        expect(ids(data.subscriptions)).toEqual([sub.carol, sub.bob, sub.alice])
        expect(data.subscriptions[1]).toMatchObject({
          status: "active",
          email: "bob.admin@example.com",
          customer: { id: bob.id, email: "bob.admin@example.com" },
          product: { title: "Gut Restore 50" },
          variant: { title: "60 capsules" },
          quantity: 2,
          interval_days: 60,
        })
      })

      it("filters by one status or several", async () => {
        await post(`/${sub.bob}/pause`)
        await post(`/${sub.carol}/cancel`, { reason: "not_needed" })
        expect(ids((await get("?status=paused")).data.subscriptions)).toEqual([sub.bob])
        expect(ids((await get("?status=active,cancelled")).data.subscriptions)).toEqual([sub.carol, sub.alice])
        expect(ids((await get("?status=active&status=paused")).data.subscriptions)).toEqual([sub.bob, sub.alice])
      })

      it("filters by customer, product and variant", async () => {
        expect(ids((await get(`?customer_id=${alice.id}`)).data.subscriptions)).toEqual([sub.alice])
        const { data: products } = await get(`?variant_id=${variants.gut60}`)
        expect(ids(products.subscriptions)).toEqual([sub.bob])
        const gutProduct = products.subscriptions[0].product.id
        expect(ids((await get(`?product_id=${gutProduct}`)).data.subscriptions)).toEqual([sub.bob])
        expect((await get(`?customer_id=${carol.id}&product_id=${gutProduct}`)).data.count).toBe(0)
      })

      it("filters by next delivery date range, a bare end date including that whole day", async () => {
        const aliceNext = (await stored(sub.alice)).next_delivery_at
        const in45Days = addDays(new Date(), 45).toISOString()
        expect(ids((await get(`?next_delivery_from=${in45Days}`)).data.subscriptions)).toEqual([sub.bob])
        expect(ids((await get(`?next_delivery_to=${in45Days}`)).data.subscriptions)).toEqual([sub.carol, sub.alice])
        const day = utcDateKey(aliceNext)
        const onThatDay = await get(`?next_delivery_from=${day}&next_delivery_to=${day}`)
        expect(ids(onThatDay.data.subscriptions)).toContain(sub.alice)
        expect(ids(onThatDay.data.subscriptions)).not.toContain(sub.bob)
      })

      it("searches by email, taking the search text literally", async () => {
        expect(ids((await get("?q=BOB.admin")).data.subscriptions)).toEqual([sub.bob])
        expect((await get("?q=%25")).data.count).toBe(0)
        expect((await get("?q=_")).data.count).toBe(0)
      })

      it("pages through the list in the order asked for", async () => {
        const first = await get("?order=-next_delivery_at&limit=2")
        expect(first.data).toMatchObject({ count: 3, limit: 2, offset: 0 })
        expect(first.data.subscriptions[0].id).toBe(sub.bob)
        const second = await get("?order=-next_delivery_at&limit=2&offset=2")
        expect(second.data.subscriptions).toHaveLength(1)
        expect([...ids(first.data.subscriptions), ...ids(second.data.subscriptions)].sort()).toEqual(Object.values(sub).sort())
      })

      it("answers malformed filters with a 400", async () => {
        for (const query of [
          "status=sleeping",
          "limit=0",
          "limit=1000",
          "offset=-1",
          "next_delivery_from=31/12/2026",
          "order=email",
          "colour=blue",
        ]) {
          const res = await failedResponse(get(`?${query}`))
          expect({ query, status: res.status }).toEqual({ query, status: 400 })
        }
      })
    })

    describe("one subscription", () => {
      it("shows its orders and every renewal attempt, newest first, with failure reasons", async () => {
        const renewals = subscriptionService(getContainer())
        const scheduled_for = (await stored(sub.alice)).next_delivery_at
        const attempt = {
          subscription_id: sub.alice,
          period_key: `${sub.alice}:x`,
          scheduled_for,
          trigger: "schedule" as const,
          status: "failed" as const,
        }
        await renewals.createSubscriptionRenewals({
          ...attempt,
          attempt: 1,
          failure_code: "payment_failed",
          failure_reason: "the payment was declined",
        })
        await renewals.createSubscriptionRenewals({
          ...attempt,
          attempt: 2,
          failure_code: "out_of_stock",
          failure_reason: "the product is out of stock",
        })

        const { data } = await get(`/${sub.alice}`)
        expect(data.subscription).toMatchObject({
          id: sub.alice,
          customer: { email: "alice.admin@example.com" },
          payment_provider_id: "pp_system_default",
          shipping_address: { postal_code: "97204" },
          next_price: { unit_price: 25.49, total: 25.49 },
        })
        expect(data.subscription.orders).toHaveLength(1)
        expect(data.subscription.renewals.map((r: { attempt: number; failure_reason: string }) => [r.attempt, r.failure_reason])).toEqual([
          [2, "the product is out of stock"],
          [1, "the payment was declined"],
        ])
      })

      it("is a 404 when it does not exist, on every route", async () => {
        const message = "Subscription with id sub_missing was not found"
        const requests = [
          () => get("/sub_missing"),
          () => post("/sub_missing/pause"),
          () => post("/sub_missing/resume"),
          () => post("/sub_missing/cancel", { reason: "other" }),
          () => post("/sub_missing/renew"),
        ]
        for (const request of requests) {
          expect(await failedResponse(request())).toMatchObject({ status: 404, data: { message } })
        }
      })
    })

    describe("acting on a customer's behalf", () => {
      it("pauses with a note and an end date, resumes, and cancels with the customer's reason", async () => {
        const until = addDays(new Date(), 20).toISOString()
        const paused = await post(`/${sub.alice}/pause`, { until, reason: "customer phoned: travelling" })
        expect(paused.data.subscription).toMatchObject({
          status: "paused",
          paused_until: until,
          pause_reason: "customer phoned: travelling",
        })
        expect((await post(`/${sub.alice}/resume`)).data.subscription.status).toBe("active")

        const before = await stored(sub.alice)
        expect((await failedResponse(post(`/${sub.alice}/cancel`, {}))).status).toBe(400)
        expect((await failedResponse(post(`/${sub.alice}/cancel`, { reason: "other", by: "admin" }))).status).toBe(400)
        expect(await stored(sub.alice)).toEqual(before)
        const cancelled = await post(`/${sub.alice}/cancel`, { reason: "side_effects", comment: "Told us by email" })
        expect(cancelled.data.subscription).toMatchObject({
          status: "cancelled",
          cancel_reason: "side_effects",
          cancel_comment: "Told us by email",
        })
      })

      it("refuses what makes no sense in the current state with a 409 that says why", async () => {
        const resume = await failedResponse(post(`/${sub.alice}/resume`))
        expect(resume).toMatchObject({
          status: 409,
          data: { message: "This subscription is already active, so there is nothing to resume." },
        })
        await post(`/${sub.alice}/cancel`, { reason: "other" })
        const pause = await failedResponse(post(`/${sub.alice}/pause`))
        expect(pause).toMatchObject({ status: 409, data: { message: "This subscription is cancelled, so it cannot be paused." } })
      })

      it("renews now: a new order at the subscription price, and the next delivery moves one interval on", async () => {
        const before = await stored(sub.bob)
        const { data } = await post(`/${sub.bob}/renew`).catch(explain("renew now"))
        expect(data.renewal).toMatchObject({ outcome: "renewed", order_id: expect.any(String) })
        expect(data.subscription.orders).toHaveLength(2)
        expect(data.subscription.orders[0].id).toBe(data.renewal.order_id)
        expect(data.subscription.orders[0].total).toBeGreaterThanOrEqual(118.98)
        expect(data.subscription.renewals[0]).toMatchObject({ status: "succeeded", trigger: "admin", order_id: data.renewal.order_id })
        expect(new Date(data.subscription.next_delivery_at).getTime()).toBe(addDays(before.next_delivery_at, 60).getTime())
        // The renewal order continues Bob's subscription; it does not start a second one.
        expect((await get(`?customer_id=${bob.id}`)).data.count).toBe(1)
      })

      it("will not renew a paused subscription, and says why", async () => {
        await post(`/${sub.bob}/pause`)
        const res = await failedResponse(post(`/${sub.bob}/renew`))
        expect(res).toMatchObject({
          status: 409,
          data: { message: "This subscription is paused, so it is not renewed until it is resumed." },
        })
        expect((await get(`/${sub.bob}`)).data.subscription.orders).toHaveLength(1)
      })
    })

    describe("the renewal policy", () => {
      it("starts from the defaults and saves what an admin changes", async () => {
        const { data: defaults } = await get("/settings")
        expect(defaults.settings).toEqual({ retry_schedule_days: [1, 3, 7], after_final_failure: "pause", reminder_days_before: 3 })
        const { data: saved } = await post("/settings", { retry_schedule_days: [2, 5], after_final_failure: "cancel" })
        expect(saved.settings).toEqual({ retry_schedule_days: [2, 5], after_final_failure: "cancel", reminder_days_before: 3 })
        await post("/settings", { reminder_days_before: 0 })
        expect((await get("/settings")).data.settings).toEqual({
          retry_schedule_days: [2, 5],
          after_final_failure: "cancel",
          reminder_days_before: 0,
        })
      })

      it("refuses a policy that makes no sense and keeps the one in force", async () => {
        const invalid = [
          {},
          { retry_schedule_days: [] },
          { retry_schedule_days: [3, 1] },
          { retry_schedule_days: [2, 2] },
          { retry_schedule_days: [0, 1] },
          { retry_schedule_days: [1, 31] },
          { retry_schedule_days: [1, 2, 3, 4, 5, 6] },
          { retry_schedule_days: [1.5] },
          { after_final_failure: "delete" },
          { reminder_days_before: 15 },
          { reminder_days_before: -1 },
          { reminder_days_before: 2, grace_days: 4 },
        ]
        for (const body of invalid) {
          const res = await failedResponse(post("/settings", body))
          expect({ body, status: res.status }).toEqual({ body, status: 400 })
        }
        expect((await get("/settings")).data.settings).toEqual({
          retry_schedule_days: [1, 3, 7],
          after_final_failure: "pause",
          reminder_days_before: 3,
        })
      })
    })

    it("keeps the admin API to signed-in admins", async () => {
      expect((await failedResponse(api.get(ADMIN))).status).toBe(401)
      expect((await failedResponse(api.get(`${ADMIN}/${sub.alice}`, alice.headers))).status).toBe(401)
      expect((await failedResponse(api.post(`${ADMIN}/${sub.alice}/cancel`, { reason: "other" }, alice.headers))).status).toBe(401)
    })
  },
})
