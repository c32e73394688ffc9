import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { addDays, startOfUtcDay, SUBSCRIPTION_QUANTITY, utcDateKey } from "@biome/shared"
import { failedResponse, seedCatalog, storeHeaders } from "../helpers/seeded-shop"
import { US_ADDRESS } from "../helpers/customers"
import { createAdminUser, type AdminHeaders } from "../helpers/admin"
import { subscribedCustomer, subscriptionService } from "../helpers/subscriptions"

jest.setTimeout(240 * 1000)

const ADMIN = "/admin/subscriptions"

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: AdminHeaders
    let key: string
    let regionId: string

    beforeAll(async () => {
      key = await seedCatalog(getContainer())
      admin = await createAdminUser(getContainer(), "ops.changes@biomeandbloom.test")
      const { data } = await api.get("/store/regions", storeHeaders(key))
      regionId = data.regions.find((r: { currency_code: string }) => r.currency_code === "usd").id
    })

    const post = (path: string, body: unknown) => api.post(`${ADMIN}${path}`, body, admin)
    const stored = (id: string) => subscriptionService(getContainer()).retrieveSubscription(id)
    const subscribe = (email: string) => subscribedCustomer(api, getContainer(), { key, regionId, email, interval: 30, quantity: 1 })

    describe("frequency, quantity and next date on the customer's behalf", () => {
      it("changes all three at once and answers with the updated subscription", async () => {
        const { subscription } = await subscribe("dana.changes@example.com")
        // From the same clock as the route: ten days from today, inside the window at any hour.
        const next = utcDateKey(addDays(startOfUtcDay(new Date()), 10))
        const { status, data } = await post(`/${subscription.id}`, { interval_days: 60, quantity: 3, next_delivery_at: next })
        expect(status).toBe(200)
        expect(data.subscription).toMatchObject({ id: subscription.id, interval_days: 60, quantity: 3 })
        expect(data.subscription.next_price.total).toBeGreaterThan(0)
        const saved = await stored(subscription.id)
        expect(saved).toMatchObject({ interval_days: 60, quantity: 3 })
        expect(utcDateKey(new Date(saved.next_delivery_at))).toBe(next)
      })

      it("refuses what the portal refuses, with a message saying why, and changes nothing", async () => {
        const { subscription } = await subscribe("eli.changes@example.com")
        const cases: [unknown, RegExp][] = [
          [{ interval_days: 45 }, /every 30, 60 or 90 days, not every 45 days/],
          [{ quantity: SUBSCRIPTION_QUANTITY.max + 1 }, new RegExp(`quantity.*at most.*${SUBSCRIPTION_QUANTITY.max}`)],
          [{ quantity: 0 }, new RegExp(`quantity.*at least.*${SUBSCRIPTION_QUANTITY.min}`)],
          [{ next_delivery_at: utcDateKey(startOfUtcDay(new Date())) }, /at the earliest/],
          [{ next_delivery_at: utcDateKey(addDays(new Date(), 400)) }, /at the latest/],
          [{ next_delivery_at: "2026-02-31" }, /ISO 8601 date/],
          [{}, /Say what to change/],
          [{ status: "active" }, /status/],
        ]
        for (const [body, message] of cases) {
          const { status, data } = await failedResponse(post(`/${subscription.id}`, body))
          expect({ body, status }).toEqual({ body, status: 400 })
          expect(data.message).toMatch(message)
        }
        expect(await stored(subscription.id)).toMatchObject({ interval_days: 30, quantity: 1 })
      })

      it("answers 404 for a subscription that does not exist and 409 for a cancelled one", async () => {
        expect((await failedResponse(post("/sub_missing", { quantity: 2 }))).status).toBe(404)
        const { subscription } = await subscribe("fay.changes@example.com")
        await post(`/${subscription.id}/cancel`, { reason: "not_needed" })
        const { status, data } = await failedResponse(post(`/${subscription.id}`, { quantity: 2 }))
        expect(status).toBe(409)
        expect(data.message).toMatch(/cancelled/)
      })

      it("is for admins only", async () => {
        const { subscription } = await subscribe("gus.changes@example.com")
        const { status } = await failedResponse(api.post(`${ADMIN}/${subscription.id}`, { quantity: 2 }))
        expect(status).toBe(401)
        expect((await stored(subscription.id)).quantity).toBe(1)
      })
    })

    describe("the delivery address", () => {
      const address = { ...US_ADDRESS, first_name: "Hana", address_1: "1 Main St", city: "Salem", postal_code: "97301" }

      it("moves future deliveries to a new address", async () => {
        const { subscription } = await subscribe("hana.changes@example.com")
        const { status, data } = await post(`/${subscription.id}/address`, { ...address, country_code: "US" })
        expect(status).toBe(200)
        expect(data.subscription.delivery_address).toMatchObject({ address_1: "1 Main St", city: "Salem", country_code: "us" })
        expect((await stored(subscription.id)).delivery_address).toMatchObject({ address_1: "1 Main St", postal_code: "97301" })
      })

      it("refuses an incomplete address and a country the region does not ship to, keeping the old one", async () => {
        const { subscription } = await subscribe("ivo.changes@example.com")
        const before = (await stored(subscription.id)).delivery_address
        const { city: _city, ...noCity } = address
        const missing = await failedResponse(post(`/${subscription.id}/address`, noCity))
        expect(missing.status).toBe(400)
        expect(missing.data.message).toMatch(/city.* is required/)
        const abroad = await failedResponse(post(`/${subscription.id}/address`, { ...address, country_code: "de" }))
        expect(abroad.status).toBe(400)
        expect(abroad.data.message).toMatch(/cannot be delivered to DE/)
        const bad = await failedResponse(post(`/${subscription.id}/address`, { ...address, country_code: "usa" }))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toMatch(/two-letter country code/)
        expect((await stored(subscription.id)).delivery_address).toEqual(before)
      })
    })
  },
})
