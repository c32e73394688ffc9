import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { addDays, nextDateBounds, utcDateKey } from "@biome/shared"
import { createAdminUser, type AdminHeaders } from "../helpers/admin"
import { failedResponse, seedCatalog, storeHeaders } from "../helpers/seeded-shop"
import { checkout, registerCustomer, variantId, type Shopper } from "../helpers/customers"
import { ordersOf, subscriptionService } from "../helpers/subscriptions"
import { renewSubscription } from "../../src/renewals/renew-subscription"

jest.setTimeout(240 * 1000)

const PORTAL = "/store/customers/me/subscriptions"
const SETTINGS = "/admin/subscription-settings"

const NEW_ADDRESS = {
  first_name: "Alice",
  last_name: "Moreno",
  address_1: "77 Harbor Way",
  city: "Seattle",
  province: "wa",
  postal_code: "98101",
  country_code: "US",
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let alice: Shopper
    let bob: Shopper
    let admin: AdminHeaders
    let gut: string // Alice: Gut Restore 50, 60 capsules ($69.99, $59.49 on subscription), 2 every 60 days
    let bobs: string
    let bobsAddress: string

    beforeAll(async () => {
      const key = await seedCatalog(getContainer())
      const { data } = await api.get("/store/regions", storeHeaders(key))
      const regionId = data.regions.find((r: { currency_code: string }) => r.currency_code === "usd").id
      const gut60 = await variantId(api, key, "gut-restore-50", "60 capsules")
      alice = await registerCustomer(api, key, "alice.retention@example.com")
      bob = await registerCustomer(api, key, "bob.retention@example.com")
      await checkout(api, alice.headers, {
        region_id: regionId,
        email: alice.email,
        lines: [{ variant_id: gut60, quantity: 2, interval_days: 60 }],
      })
      await checkout(api, bob.headers, {
        region_id: regionId,
        email: bob.email,
        lines: [{ variant_id: gut60, quantity: 1, interval_days: 30 }],
      })
      const subs = await subscriptionService(getContainer()).listSubscriptions({})
      gut = subs.find((s) => s.customer_id === alice.id)!.id
      bobs = subs.find((s) => s.customer_id === bob.id)!.id
      const saved = await api.post(
        "/store/customers/me/addresses",
        { ...NEW_ADDRESS, first_name: "Bob", address_1: "1 Bob St" },
        bob.headers
      )
      bobsAddress = saved.data.customer.addresses[0].id
      admin = await createAdminUser(getContainer())
    })

    const as = (shopper: Shopper) => ({
      get: (path = "") => api.get(`${PORTAL}${path}`, shopper.headers),
      post: (path: string, body: unknown = {}) => api.post(`${PORTAL}${path}`, body, shopper.headers),
    })
    const stored = (id: string) => subscriptionService(getContainer()).retrieveSubscription(id)
    const setDiscount = (percent: number) => api.post(SETTINGS, { retention_discount_percent: percent }, admin)

    describe("the retention discount admins set", () => {
      it("is none until an admin sets one from 0 to 50 %", async () => {
        expect((await api.get(SETTINGS, admin)).data.settings).toEqual({ retention_discount_percent: 0 })
        expect((await setDiscount(20)).data.settings).toEqual({ retention_discount_percent: 20 })
        expect((await api.get(SETTINGS, admin)).data.settings).toEqual({ retention_discount_percent: 20 })
        expect((await setDiscount(12.5)).data.settings.retention_discount_percent).toBe(12.5)
      })

      it("refuses a discount outside 0–50 % or a malformed body with a 400 that says why", async () => {
        await setDiscount(15)
        const attempts: [unknown, RegExp][] = [
          [{ retention_discount_percent: 51 }, /retention_discount_percent.*at most.*50/],
          [{ retention_discount_percent: -1 }, /retention_discount_percent.*at least.*0/],
          [{ retention_discount_percent: "20" }, /retention_discount_percent/],
          [{}, /retention_discount_percent/],
          [{ retention_discount_percent: 10, colour: "red" }, /colour/],
        ]
        for (const [body, message] of attempts) {
          const res = await failedResponse(api.post(SETTINGS, body, admin))
          expect({ body, status: res.status }).toEqual({ body, status: 400 })
          expect(res.data.message).toMatch(message)
        }
        expect((await api.get(SETTINGS, admin)).data.settings.retention_discount_percent).toBe(15)
      })

      it("is for admins only", async () => {
        expect((await failedResponse(api.get(SETTINGS))).status).toBe(401)
        expect((await failedResponse(api.post(SETTINGS, { retention_discount_percent: 50 }, alice.headers))).status).toBe(401)
      })
    })

    describe("taking the discount instead of cancelling", () => {
      it("is offered while unused, prices the next delivery and then only that renewal, once per subscription", async () => {
        await setDiscount(20)
        const before = (await as(alice).get(`/${gut}`)).data.subscription
        expect(before.retention_offer_percent).toBe(20)
        expect(before.next_price).toMatchObject({ unit_price: 59.49, total: 118.98, retention_discount_percent: null })

        const { data } = await as(alice).post(`/${gut}/retention-discount`)
        // 59.49 less 20 % is 47.592, rounded to 47.59; two of them.
        expect(data.subscription).toMatchObject({
          status: "active",
          retention_discount_percent: 20,
          retention_offer_percent: null,
          next_price: {
            unit_price: 47.59,
            regular_unit_price: 69.99,
            total: 95.18,
            savings_per_delivery: 44.8,
            retention_discount_percent: 20,
          },
        })
        const again = await failedResponse(as(alice).post(`/${gut}/retention-discount`))
        expect(again).toMatchObject({ status: 409, data: { message: "This subscription has already had its one-time discount." } })

        // The admin changing the offer later does not change what was accepted.
        await setDiscount(50)
        expect((await as(alice).get(`/${gut}`)).data.subscription.next_price.unit_price).toBe(47.59)

        const renewed = await renewSubscription(getContainer(), { subscription_id: gut, trigger: "admin" })
        expect(renewed.outcome).toBe("renewed")
        const orders = await ordersOf(getContainer(), gut)
        expect(orders).toHaveLength(2)
        expect(orders[1].items).toHaveLength(1)
        expect(Number(orders[1].items[0].unit_price)).toBe(47.59)

        const after = (await as(alice).get(`/${gut}`)).data.subscription
        expect(after).toMatchObject({ retention_discount_percent: null, retention_offer_percent: null })
        expect(after.next_price).toMatchObject({ unit_price: 59.49, total: 118.98 })
        expect((await failedResponse(as(alice).post(`/${gut}/retention-discount`))).status).toBe(409)
      })

      it("is not offered when admins set none", async () => {
        await setDiscount(0)
        expect((await as(alice).get(`/${gut}`)).data.subscription.retention_offer_percent).toBeNull()
        const res = await failedResponse(as(alice).post(`/${gut}/retention-discount`))
        expect(res).toMatchObject({ status: 409, data: { message: "There is no discount on offer at the moment." } })
        expect((await stored(gut)).retention_discount_percent).toBeNull()
      })

      it("two clicks at once take it once", async () => {
        await setDiscount(10)
        const results = await Promise.allSettled([
          as(alice).post(`/${gut}/retention-discount`),
          as(alice).post(`/${gut}/retention-discount`),
        ])
        const statuses = await Promise.all(
          results.map(async (r) => (r.status === "fulfilled" ? r.value.status : (await failedResponse(Promise.reject(r.reason))).status))
        )
        expect(statuses.sort()).toEqual([200, 409])
        expect((await stored(gut)).retention_discount_percent).toBe(10)
      })
    })

    describe("restarting a cancelled subscription", () => {
      it("a cancelled subscription shows no next price; restarting makes it active with a new next date, recorded", async () => {
        const cancelled = (await as(alice).post(`/${gut}/cancel`, { reason: "not_needed", comment: "Too many left" })).data.subscription
        expect(cancelled).toMatchObject({ status: "cancelled", next_price: null, allowed_actions: ["restart"] })

        const { data } = await as(alice).post(`/${gut}/restart`)
        const tomorrow = nextDateBounds(new Date(), 60).earliest
        expect(data.subscription).toMatchObject({ status: "active", cancelled_at: null, cancel_reason: null })
        expect(new Date(data.subscription.next_delivery_at).getTime()).toBe(tomorrow.getTime())
        expect(data.subscription.restarted_at).toEqual(expect.any(String))
        expect(data.subscription.next_price).toMatchObject({ unit_price: 59.49 })
        expect(data.subscription.allowed_actions).not.toContain("restart")
        expect((await stored(gut)).metadata).toMatchObject({ last_cancellation: { reason: "not_needed", comment: "Too many left" } })

        const twice = await failedResponse(as(alice).post(`/${gut}/restart`))
        expect(twice).toMatchObject({ status: 409, data: { message: "This subscription is already active." } })
      })

      it("restarts on a date I choose within the window; outside it is a 400 with the reason", async () => {
        await as(alice).post(`/${gut}/cancel`, { reason: "other" })
        const late = await failedResponse(as(alice).post(`/${gut}/restart`, { next_delivery_at: utcDateKey(addDays(new Date(), 400)) }))
        expect(late.status).toBe(400)
        expect(late.data.message).toMatch(/at the latest/)
        expect((await stored(gut)).status).toBe("cancelled")

        const day = utcDateKey(addDays(new Date(), 10))
        const { data } = await as(alice).post(`/${gut}/restart`, { next_delivery_at: day })
        expect(data.subscription.status).toBe("active")
        expect(utcDateKey(new Date(data.subscription.next_delivery_at))).toBe(day)
      })
    })

    describe("undoing a skip", () => {
      it("puts the skipped delivery back on its date, once", async () => {
        const original = (await stored(gut)).next_delivery_at
        const skipped = (await as(alice).post(`/${gut}/skip`)).data.subscription
        expect(new Date(skipped.skipped_delivery_at).getTime()).toBe(new Date(original).getTime())

        const { data } = await as(alice).post(`/${gut}/undo-skip`)
        expect(new Date(data.subscription.next_delivery_at).getTime()).toBe(new Date(original).getTime())
        expect(data.subscription.skipped_delivery_at).toBeNull()
        const again = await failedResponse(as(alice).post(`/${gut}/undo-skip`))
        expect(again).toMatchObject({ status: 409, data: { message: "There is no skipped delivery to bring back." } })
      })

      it("cannot bring back a delivery whose date has passed", async () => {
        await as(alice).post(`/${gut}/skip`)
        await subscriptionService(getContainer()).updateSubscriptions({ id: gut, skipped_delivery_at: addDays(new Date(), -1) })
        expect((await as(alice).get(`/${gut}`)).data.subscription.skipped_delivery_at).toBeNull()
        const res = await failedResponse(as(alice).post(`/${gut}/undo-skip`))
        expect(res.status).toBe(409)
        expect(res.data.message).toMatch(/date has passed/)
      })
    })

    describe("the delivery address", () => {
      it("shows the first order's address until I choose another; a new one is checked and then renewals go there", async () => {
        const first = (await as(alice).get(`/${gut}`)).data.subscription.delivery_address
        expect(first).toMatchObject({ country_code: "us", address_1: expect.any(String) })

        const bad: [unknown, RegExp][] = [
          [{ address: { ...NEW_ADDRESS, province: "Washington" } }, /state from the list/],
          [{ address: { ...NEW_ADDRESS, postal_code: "9810" } }, /ZIP/],
          [{ address: { ...NEW_ADDRESS, country_code: "de", province: undefined } }, /cannot be delivered to DE/],
          [{ address: { ...NEW_ADDRESS, city: "" } }, /city/],
          [{ address: { ...NEW_ADDRESS, colour: "red" } }, /colour/],
          [{ address_id: "addr_x", address: NEW_ADDRESS }, /either address_id/],
          [{}, /either address_id/],
        ]
        for (const [body, message] of bad) {
          const res = await failedResponse(as(alice).post(`/${gut}/address`, body))
          expect({ body, status: res.status }).toEqual({ body, status: 400 })
          expect(res.data.message).toMatch(message)
        }
        expect((await stored(gut)).delivery_address).toBeNull()

        const { data } = await as(alice).post(`/${gut}/address`, { address: NEW_ADDRESS })
        expect(data.subscription.delivery_address).toEqual({ ...NEW_ADDRESS, province: "WA", country_code: "us" })

        await renewSubscription(getContainer(), { subscription_id: gut, trigger: "admin" })
        const orders = await ordersOf(getContainer(), gut)
        expect(orders[orders.length - 1].shipping_address).toMatchObject({ address_1: "77 Harbor Way", city: "Seattle", province: "WA" })
      })

      it("can be one of my saved addresses, never another customer's", async () => {
        const saved = await as(alice).get("") // warm the session
        expect(saved.status).toBe(200)
        const mine = await api.post("/store/customers/me/addresses", { ...NEW_ADDRESS, address_1: "9 Elm St" }, alice.headers)
        const addressId = mine.data.customer.addresses[0].id
        const { data } = await as(alice).post(`/${gut}/address`, { address_id: addressId })
        expect(data.subscription.delivery_address).toMatchObject({ address_1: "9 Elm St", province: "WA" })

        const theirs = await failedResponse(as(alice).post(`/${gut}/address`, { address_id: bobsAddress }))
        expect(theirs).toMatchObject({ status: 404, data: { message: `Address with id ${bobsAddress} was not found` } })
        expect((await stored(gut)).delivery_address).toMatchObject({ address_1: "9 Elm St" })
      })
    })

    describe("another customer's subscription", () => {
      it("is a 404 on every new route, and stays unchanged", async () => {
        await setDiscount(20)
        await as(bob).post(`/${bobs}/skip`)
        await as(bob).post(`/${bobs}/cancel`, { reason: "other" })
        const before = await stored(bobs)
        const requests: [string, () => Promise<unknown>][] = [
          ["undo-skip", () => as(alice).post(`/${bobs}/undo-skip`)],
          ["restart", () => as(alice).post(`/${bobs}/restart`)],
          ["retention-discount", () => as(alice).post(`/${bobs}/retention-discount`)],
          ["address", () => as(alice).post(`/${bobs}/address`, { address: NEW_ADDRESS })],
        ]
        for (const [name, request] of requests) {
          const res = await failedResponse(request())
          expect({ name, status: res.status, message: res.data.message }).toEqual({
            name,
            status: 404,
            message: `Subscription with id ${bobs} was not found`,
          })
        }
        expect(await stored(bobs)).toEqual(before)
      })

      it("bad bodies on the new routes are a 400", async () => {
        const attempts: [string, unknown][] = [
          [`/${gut}/undo-skip`, { now: true }],
          [`/${gut}/retention-discount`, { percent: 50 }],
          [`/${gut}/restart`, { next_delivery_at: "next week" }],
          [`/${gut}/restart`, { next_delivery_at: "2027-02-31" }],
        ]
        for (const [path, body] of attempts) {
          const res = await failedResponse(as(alice).post(path, body))
          expect({ path, status: res.status }).toEqual({ path, status: 400 })
          expect(res.data.message).toEqual(expect.any(String))
        }
      })
    })
  },
})
