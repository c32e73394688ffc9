import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { addDays, startOfUtcDay } from "@biome/shared"
import { checkout } from "../helpers/customers"
import { storeHeaders } from "../helpers/seeded-shop"
import { checkOutPortalShop, PORTAL, DAY, portalClient, type PortalShop } from "../helpers/portal-shop"

jest.setTimeout(240 * 1000)

// A customer's portal: seeing my subscriptions, skipping, pausing and resuming
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let shop: PortalShop
    // Checked out once; the runner restores this state before every test.
    beforeAll(async () => {
      shop = await checkOutPortalShop(api, getContainer())
    })
    const { as, stored, setStored, refused } = portalClient(api, getContainer)

    describe("seeing my subscriptions", () => {
      it("lists only my own subscriptions, with product, size, next date, next price, savings and the first order", async () => {
        const { data } = await as(shop.alice).get()
        expect(data.count).toBe(2)
        expect(data.subscriptions.map((s: { id: string }) => s.id).sort()).toEqual([shop.daily, shop.gut].sort())
        const gutRestore = data.subscriptions.find((s: { id: string }) => s.id === shop.gut)
        expect(gutRestore).toMatchObject({
          status: "active",
          product: { title: "Gut Restore 50", handle: "gut-restore-50" },
          variant: { id: shop.variants.gut60, title: "60 capsules" },
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
        const { data: regions } = await api.get("/store/regions", storeHeaders(shop.key))
        const regionId = regions.regions.find((r: { currency_code: string }) => r.currency_code === "usd").id
        await checkout(api, shop.alice.headers, {
          region_id: regionId,
          email: shop.alice.email,
          lines: [{ variant_id: shop.variants.kids30, quantity: 1, interval_days: 30 }],
        })

        const first = await as(shop.alice).get("?limit=1")
        expect(first.data).toMatchObject({ count: 3, limit: 1, offset: 0 })
        expect(first.data.subscriptions[0].product.handle).toBe("kids-berry-chewables")
        expect(first.data.subscriptions[0].next_price).toMatchObject({ unit_price: 19.79, total: 19.79 })
        const rest = await as(shop.alice).get("?limit=5&offset=1")
        expect(rest.data.subscriptions.map((s: { id: string }) => s.id).sort()).toEqual([shop.daily, shop.gut].sort())
      })

      it("filters my subscriptions by status", async () => {
        await as(shop.alice).post(`/${shop.gut}/pause`)
        const paused = await as(shop.alice).get("?status=paused")
        expect(paused.data.subscriptions.map((s: { id: string }) => s.id)).toEqual([shop.gut])
        expect((await as(shop.alice).get("?status=cancelled")).data).toMatchObject({ count: 0, subscriptions: [] })
        expect((await refused(as(shop.alice).get("?status=sleeping"))).status).toBe(400)
        expect((await refused(as(shop.alice).get("?limit=500"))).status).toBe(400)
      })

      it("opens one subscription with its price and past orders", async () => {
        const { data } = await as(shop.alice).get(`/${shop.daily}`)
        expect(data.subscription).toMatchObject({
          id: shop.daily,
          product: { title: "Daily Balance Probiotic" },
          variant: { title: "30 capsules" },
          next_price: { unit_price: 25.49, total: 25.49, savings_per_delivery: 4.5 },
          paused_until: null,
          cancelled_at: null,
        })
        expect(data.subscription.orders).toHaveLength(1)
      })

      it("a guest cannot open the portal", async () => {
        expect((await refused(api.get(PORTAL, storeHeaders(shop.key)))).status).toBe(401)
        expect((await refused(api.post(`${PORTAL}/${shop.daily}/skip`, {}, storeHeaders(shop.key)))).status).toBe(401)
      })
    })

    describe("skipping, pausing and resuming", () => {
      it("skipping moves the next delivery one interval on and tells the shop", async () => {
        const events = jest.spyOn(getContainer().resolve(Modules.EVENT_BUS), "emit")
        const before = await stored(shop.daily)
        const { data } = await as(shop.alice).post(`/${shop.daily}/skip`)
        expect(new Date(data.subscription.next_delivery_at).getTime()).toBe(new Date(before.next_delivery_at).getTime() + 30 * DAY)
        expect(data.subscription.status).toBe("active")
        const names = events.mock.calls.flatMap(([messages]) => [messages].flat().map((m) => (m as { name: string }).name))
        expect(names).toContain("subscription.skipped")
        events.mockRestore()
      })

      it("pausing without a date pauses until I resume; resuming keeps a next date that is still ahead", async () => {
        const before = await stored(shop.daily)
        const paused = await as(shop.alice).post(`/${shop.daily}/pause`, {})
        expect(paused.data.subscription).toMatchObject({ status: "paused", paused_until: null, pause_reason: "customer_request" })

        const resumed = await as(shop.alice).post(`/${shop.daily}/resume`)
        expect(resumed.data.subscription).toMatchObject({ status: "active", paused_until: null, pause_reason: null })
        expect(resumed.data.subscription.next_delivery_at).toBe(new Date(before.next_delivery_at).toISOString())
      })

      it("pausing until a date records it; the date must be ahead and within a year", async () => {
        const until = addDays(new Date(), 45).toISOString()
        const { data } = await as(shop.alice).post(`/${shop.gut}/pause`, { until })
        expect(data.subscription).toMatchObject({ status: "paused", paused_until: until })

        const yesterday = addDays(new Date(), -1).toISOString().slice(0, 10)
        const past = await refused(as(shop.alice).post(`/${shop.daily}/pause`, { until: yesterday }))
        expect(past).toMatchObject({ status: 400, data: { message: expect.stringContaining("must end in the future") } })
        const tooFar = await refused(as(shop.alice).post(`/${shop.daily}/pause`, { until: addDays(new Date(), 400).toISOString() }))
        expect(tooFar).toMatchObject({ status: 400, data: { message: "A pause can last at most 365 days." } })
        expect((await stored(shop.daily)).status).toBe("active")
      })

      it("resuming after the planned date has passed schedules the next delivery for tomorrow, never the past", async () => {
        await as(shop.alice).post(`/${shop.daily}/pause`)
        await setStored(shop.daily, { next_delivery_at: addDays(new Date(), -10) })
        const tomorrow = (at: Date) => addDays(startOfUtcDay(at), 1).toISOString()
        const asked = new Date()
        const { data } = await as(shop.alice).post(`/${shop.daily}/resume`)
        // Computed from the clock on both sides of the request, so a run across midnight still agrees.
        expect([tomorrow(asked), tomorrow(new Date())]).toContain(data.subscription.next_delivery_at)
      })

      it("refuses what makes no sense in the current state with a 409 that says why", async () => {
        const resumeActive = await refused(as(shop.alice).post(`/${shop.daily}/resume`))
        expect(resumeActive).toMatchObject({
          status: 409,
          data: { message: "This subscription is already active, so there is nothing to resume." },
        })
        await as(shop.alice).post(`/${shop.daily}/pause`)
        const skipPaused = await refused(as(shop.alice).post(`/${shop.daily}/skip`))
        expect(skipPaused).toMatchObject({ status: 409, data: { message: expect.stringContaining("Resume it first") } })
        expect((await refused(as(shop.alice).post(`/${shop.daily}/pause`))).data.message).toBe("This subscription is already paused.")
      })

      it("a subscription whose payment failed can be paused but not skipped", async () => {
        await setStored(shop.gut, { status: "past_due", failed_attempts: 1, next_retry_at: addDays(new Date(), 1) })
        const skip = await refused(as(shop.alice).post(`/${shop.gut}/skip`))
        expect(skip).toMatchObject({ status: 409, data: { message: expect.stringContaining("did not go through") } })
        const { data } = await as(shop.alice).post(`/${shop.gut}/pause`)
        expect(data.subscription).toMatchObject({ status: "paused", next_retry_at: null })
      })
    })
  },
})
