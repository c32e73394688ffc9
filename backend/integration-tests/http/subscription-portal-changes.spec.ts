import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { addDays, nextDateBounds } from "@biome/shared"
import { checkOutPortalShop, DAY, portalClient, type PortalShop } from "../helpers/portal-shop"

jest.setTimeout(240 * 1000)

// A customer's portal: changing and cancelling, races, bad requests, another customer's subscription
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let shop: PortalShop
    // Checked out once; the runner restores this state before every test.
    beforeAll(async () => {
      shop = await checkOutPortalShop(api, getContainer())
    })
    const { as, stored, setStored, refused } = portalClient(api, getContainer)

    describe("changing and cancelling", () => {
      it("changes the frequency to one the product offers; any other is a 400 that lists them", async () => {
        const { data } = await as(shop.alice).post(`/${shop.daily}`, { interval_days: 90 })
        expect(data.subscription.interval_days).toBe(90)
        const refusedInterval = await refused(as(shop.alice).post(`/${shop.daily}`, { interval_days: 45 }))
        expect(refusedInterval).toMatchObject({
          status: 400,
          data: { message: "Daily Balance Probiotic can be delivered every 30, 60 or 90 days, not every 45 days" },
        })
        expect((await stored(shop.daily)).interval_days).toBe(90)
      })

      it("changes the quantity from 1 to 10, and the next price follows", async () => {
        const { data } = await as(shop.alice).post(`/${shop.daily}`, { quantity: 3 })
        expect(data.subscription).toMatchObject({ quantity: 3, next_price: { total: 76.47, savings_per_delivery: 13.5 } })
        for (const quantity of [0, 11, 2.5, "2"]) {
          expect((await refused(as(shop.alice).post(`/${shop.daily}`, { quantity }))).status).toBe(400)
        }
        expect((await stored(shop.daily)).quantity).toBe(3)
      })

      it("swaps to another size of the same product, but not to another product", async () => {
        const { data } = await as(shop.alice).post(`/${shop.daily}`, { variant_id: shop.variants.daily60 })
        expect(data.subscription).toMatchObject({ variant: { title: "60 capsules" }, next_price: { unit_price: 42.49 } })
        const otherProduct = await refused(as(shop.alice).post(`/${shop.daily}`, { variant_id: shop.variants.kids30 }))
        expect(otherProduct).toMatchObject({ status: 400, data: { message: expect.stringContaining("same product") } })
        expect((await stored(shop.daily)).variant_id).toBe(shop.variants.daily60)
      })

      it("moves the next delivery within the allowed window; too early or too late is a 400 with the reason", async () => {
        const { earliest, latest } = nextDateBounds(new Date(), 30)
        const target = addDays(earliest, 9).toISOString()
        const { data } = await as(shop.alice).post(`/${shop.daily}`, { next_delivery_at: target })
        expect(data.subscription.next_delivery_at).toBe(target)

        const today = await refused(as(shop.alice).post(`/${shop.daily}`, { next_delivery_at: new Date().toISOString() }))
        expect(today).toMatchObject({ status: 400, data: { message: expect.stringContaining("at the earliest") } })
        const late = await refused(as(shop.alice).post(`/${shop.daily}`, { next_delivery_at: addDays(latest, 1).toISOString() }))
        expect(late).toMatchObject({ status: 400, data: { message: expect.stringContaining("pause your subscription instead") } })
        expect((await stored(shop.daily)).next_delivery_at.toISOString()).toBe(target)
      })

      it("changes several things at once", async () => {
        const { data } = await as(shop.alice).post(`/${shop.gut}`, { interval_days: 30, quantity: 1 })
        expect(data.subscription).toMatchObject({ interval_days: 30, quantity: 1, next_price: { total: 59.49 } })
      })

      it("cancels with a reason and a comment; after that nothing can be skipped, changed or resumed", async () => {
        const { data } = await as(shop.alice).post(`/${shop.daily}/cancel`, { reason: "switching_product", comment: "Trying the 60s" })
        expect(data.subscription).toMatchObject({
          status: "cancelled",
          cancel_reason: "switching_product",
          cancel_comment: "Trying the 60s",
        })
        expect(data.subscription.cancelled_at).toEqual(expect.any(String))

        const skip = await refused(as(shop.alice).post(`/${shop.daily}/skip`))
        expect(skip).toMatchObject({
          status: 409,
          data: { message: "This subscription is cancelled, so there are no deliveries to skip." },
        })
        expect((await refused(as(shop.alice).post(`/${shop.daily}`, { quantity: 2 }))).status).toBe(409)
        expect((await refused(as(shop.alice).post(`/${shop.daily}/resume`))).data.message).toContain("nothing to resume: restart it")
        expect((await refused(as(shop.alice).post(`/${shop.daily}/cancel`, { reason: "other" }))).data.message).toBe(
          "This subscription is already cancelled."
        )
      })
    })

    describe("changes that race or fail half-way", () => {
      it("two skips sent at once both count: the delivery moves two intervals and neither is lost", async () => {
        const before = await stored(shop.daily)
        const results = await Promise.all([as(shop.alice).post(`/${shop.daily}/skip`), as(shop.alice).post(`/${shop.daily}/skip`)])
        expect(results.map((r) => r.status)).toEqual([200, 200])
        expect((await stored(shop.daily)).next_delivery_at.getTime()).toBe(new Date(before.next_delivery_at).getTime() + 60 * DAY)
      })

      it("a change the shop cannot announce is rolled back, and the next change still goes through", async () => {
        const bus = getContainer().resolve(Modules.EVENT_BUS)
        const emit = bus.emit.bind(bus) as (...args: unknown[]) => Promise<void>
        const spy = jest.spyOn(bus, "emit").mockImplementation((async (messages: unknown, options: unknown) => {
          if ([messages].flat().some((m) => (m as { name: string }).name === "subscription.updated")) throw new Error("event bus down")
          return emit(messages, options)
        }) as never)
        const before = await stored(shop.daily)
        const res = await refused(as(shop.alice).post(`/${shop.daily}`, { quantity: 4, interval_days: 60 }))
        spy.mockRestore()

        expect(res.status).toBe(500)
        expect(await stored(shop.daily)).toMatchObject({ quantity: before.quantity, interval_days: before.interval_days })
        expect((await as(shop.alice).post(`/${shop.daily}`, { quantity: 2 })).data.subscription.quantity).toBe(2)
      })
    })

    describe("bad requests", () => {
      it("answers malformed bodies with a 400 that names the problem, and changes nothing", async () => {
        const before = await stored(shop.daily)
        const attempts: [string, unknown][] = [
          [`/${shop.daily}`, {}],
          [`/${shop.daily}`, { interval_days: "sixty" }],
          [`/${shop.daily}`, { quantity: 2, colour: "blue" }],
          [`/${shop.daily}`, { next_delivery_at: "next tuesday" }],
          [`/${shop.daily}`, { next_delivery_at: "2027-02-31" }],
          [`/${shop.daily}`, { variant_id: "" }],
          [`/${shop.daily}/skip`, { weeks: 2 }],
          [`/${shop.daily}/pause`, { until: "soon" }],
          [`/${shop.daily}/pause`, { until: addDays(new Date(), 5).toISOString(), reason: "holiday" }],
          [`/${shop.daily}/resume`, { now: true }],
          [`/${shop.daily}/cancel`, {}],
          [`/${shop.daily}/cancel`, { reason: "bored" }],
          [`/${shop.daily}/cancel`, { reason: "other", comment: "x".repeat(501) }],
        ]
        for (const [path, body] of attempts) {
          const res = await refused(as(shop.alice).post(path, body))
          expect({ path, body, status: res.status }).toEqual({ path, body, status: 400 })
          expect(res.data.message).toEqual(expect.any(String))
        }
        expect(await stored(shop.daily)).toEqual(before)
      })
    })

    describe("another customer's subscription", () => {
      it("is a 404 on every portal route, exactly like a missing one, and never in my list", async () => {
        const before = await stored(shop.bobs)
        const list = await as(shop.alice).get()
        expect(list.data.subscriptions.map((s: { id: string }) => s.id)).not.toContain(shop.bobs)

        const requests: [string, () => Promise<unknown>][] = [
          ["GET detail", () => as(shop.alice).get(`/${shop.bobs}`)],
          ["change", () => as(shop.alice).post(`/${shop.bobs}`, { quantity: 2 })],
          ["skip", () => as(shop.alice).post(`/${shop.bobs}/skip`)],
          ["pause", () => as(shop.alice).post(`/${shop.bobs}/pause`)],
          ["resume", () => as(shop.alice).post(`/${shop.bobs}/resume`)],
          ["cancel", () => as(shop.alice).post(`/${shop.bobs}/cancel`, { reason: "other" })],
        ]
        for (const [name, request] of requests) {
          const res = await refused(request())
          expect({ name, status: res.status, message: res.data.message }).toEqual({
            name,
            status: 404,
            message: `Subscription with id ${shop.bobs} was not found`,
          })
        }
        const missing = await refused(as(shop.alice).post("/sub_doesnotexist/skip"))
        expect(missing).toMatchObject({ status: 404, data: { message: "Subscription with id sub_doesnotexist was not found" } })
        expect(await stored(shop.bobs)).toEqual(before)
      })

      it("stays 404 even for an action the state would refuse, so nothing about it leaks", async () => {
        await setStored(shop.bobs, { status: "cancelled" })
        expect((await refused(as(shop.alice).post(`/${shop.bobs}/resume`))).status).toBe(404)
        expect((await as(shop.bob).get(`/${shop.bobs}`)).data.subscription.status).toBe("cancelled")
      })
    })
  },
})
