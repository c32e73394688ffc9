import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { seedCatalog, storeHeaders } from "../helpers/seeded-shop"
import { createAdminUser, type AdminHeaders } from "../helpers/admin"
import { subscribedCustomer } from "../helpers/subscriptions"

jest.setTimeout(240 * 1000)

const ADMIN = "/admin/subscriptions"
const monthStart = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1))

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: AdminHeaders
    const subs: Record<string, { id: string; interval_days: number }> = {}

    beforeAll(async () => {
      const key = await seedCatalog(getContainer())
      admin = await createAdminUser(getContainer(), "ops.summary@biomeandbloom.test")
      const { data } = await api.get("/store/regions", storeHeaders(key))
      const regionId = data.regions.find((r: { currency_code: string }) => r.currency_code === "usd").id
      const subscribe = async (name: string, interval: number, quantity: number) => {
        const { subscription } = await subscribedCustomer(api, getContainer(), {
          key,
          regionId,
          email: `${name}.summary@example.com`,
          interval,
          quantity,
        })
        subs[name] = subscription
      }
      await subscribe("ada", 30, 2)
      await subscribe("ben", 60, 1)
      await subscribe("cy", 30, 1)
      await api.post(`${ADMIN}/${subs.cy!.id}/cancel`, { reason: "too_expensive" }, admin)
    })

    it("lists each subscription with its price and cancel reason", async () => {
      const { data } = await api.get(ADMIN, admin)
      const cy = data.subscriptions.find((s: { id: string }) => s.id === subs.cy!.id)
      expect(cy).toMatchObject({ status: "cancelled", cancel_reason: "too_expensive" })
      const ada = data.subscriptions.find((s: { id: string }) => s.id === subs.ada!.id)
      expect(ada.next_price.total).toBeGreaterThan(0)
      expect(ada.next_price.total).toBeCloseTo(ada.next_price.unit_price * 2, 2)
    })

    it("totals active subscriptions, monthly recurring revenue over 30 days, and this month's new and cancelled", async () => {
      const before = new Date()
      const { data } = await api.get(`${ADMIN}/summary`, admin)
      const after = new Date()
      // Expectations from the same clock: the month the request ran in (if it straddled midnight on the 1st, either).
      const starts = [monthStart(before).toISOString(), monthStart(after).toISOString()]
      expect(starts).toContain(data.summary.month_start)
      const createdThisMonth = Object.values(subs).length // every subscription above was made moments ago
      const inMonth = (iso: string) => new Date(iso) >= new Date(data.summary.month_start)
      const { data: list } = await api.get(`${ADMIN}?limit=100`, admin)
      expect(data.summary.new_this_month).toBe(list.subscriptions.filter((s: { created_at: string }) => inMonth(s.created_at)).length)
      expect(data.summary.new_this_month).toBeLessThanOrEqual(createdThisMonth)
      expect(data.summary.cancelled_this_month).toBe(
        list.subscriptions.filter((s: { cancelled_at: string | null }) => s.cancelled_at && inMonth(s.cancelled_at)).length
      )
      expect(data.summary.active_count).toBe(2)
      const active = list.subscriptions.filter((s: { status: string }) => s.status === "active")
      const mrr = active.reduce(
        (sum: number, s: { next_price: { total: number }; interval_days: number }) => sum + (s.next_price.total * 30) / s.interval_days,
        0
      )
      expect(data.summary.monthly_recurring_revenue).toEqual([{ currency_code: "usd", amount: Math.round(mrr * 100) / 100 }])
      // Ada's 30-day subscription counts in full, Ben's 60-day one at half its delivery price.
      const ada = active.find((s: { id: string }) => s.id === subs.ada!.id)
      const ben = active.find((s: { id: string }) => s.id === subs.ben!.id)
      expect(data.summary.monthly_recurring_revenue[0].amount).toBeCloseTo(ada.next_price.total + ben.next_price.total / 2, 2)
    })

    it("is for admins only", async () => {
      await expect(api.get(`${ADMIN}/summary`)).rejects.toMatchObject({ response: { status: 401 } })
    })
  },
})
