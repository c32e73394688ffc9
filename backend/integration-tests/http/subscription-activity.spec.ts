import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { AdminSubscriptionActivityResponse, SubscriptionActivityEntry, SubscriptionActivityKind } from "@biome/shared"
import { failedResponse, seedCatalog, storeHeaders } from "../helpers/seeded-shop"
import { variantId, type Shopper } from "../helpers/customers"
import { createAdminUser, type AdminHeaders } from "../helpers/admin"
import { daysFrom, eventually, ordersOf, subscribedCustomer, subscriptionService } from "../helpers/subscriptions"
import { renewDueSubscriptions } from "../../src/renewals/renew-due-subscriptions"

jest.setTimeout(300 * 1000)

const ADMIN = "/admin/subscriptions"
const PORTAL = "/store/customers/me/subscriptions"
const ADMIN_EMAIL = "ops.activity@biomeandbloom.test"

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: AdminHeaders
    let adminUserId: string
    let alice: Shopper
    let subId: string
    let key: string

    beforeAll(async () => {
      key = await seedCatalog(getContainer())
      admin = await createAdminUser(getContainer(), ADMIN_EMAIL)
      const [user] = await getContainer().resolve(Modules.USER).listUsers({ email: ADMIN_EMAIL })
      adminUserId = user!.id
      const { data } = await api.get("/store/regions", storeHeaders(key))
      const regionId = data.regions.find((r: { currency_code: string }) => r.currency_code === "usd").id
      const subscribed = await subscribedCustomer(api, getContainer(), { key, regionId, email: "alice.activity@example.com", interval: 30 })
      alice = subscribed.shopper
      subId = subscribed.subscription.id
    })

    const stored = () => subscriptionService(getContainer()).retrieveSubscription(subId)
    const timeline = async (query = "limit=100"): Promise<AdminSubscriptionActivityResponse> =>
      (await api.get(`${ADMIN}/${subId}/activity?${query}`, admin)).data
    const entriesOf = async (kind: SubscriptionActivityKind) => (await timeline()).activity.filter((e) => e.kind === kind)
    const only = async (kind: SubscriptionActivityKind): Promise<SubscriptionActivityEntry> => {
      const entries = await entriesOf(kind)
      expect({ kind, count: entries.length }).toEqual({ kind, count: 1 })
      return entries[0]!
    }
    const iso = (d: Date | string) => new Date(d).toISOString()

    it("starts with the checkout that created the subscription, by the customer", async () => {
      const created = await only("created")
      const [firstOrder] = await ordersOf(getContainer(), subId)
      expect(created).toMatchObject({ actor_type: "customer", actor_id: alice.id, actor_label: "Customer" })
      expect(created.details).toMatchObject({ order_id: firstOrder.id, to: 30 })
    })

    it("a customer's skip is one entry, by the customer, with the skipped and the next date", async () => {
      const before = await stored()
      await api.post(`${PORTAL}/${subId}/skip`, {}, alice.headers)
      const skipped = await only("skipped")
      expect(skipped).toMatchObject({ subscription_id: subId, actor_type: "customer", actor_id: alice.id, actor_label: "Customer" })
      expect(skipped.details).toEqual({ date: iso(before.next_delivery_at), to: iso((await stored()).next_delivery_at) })
    })

    it("a frequency change says from what to what; a refused action records nothing", async () => {
      await api.post(`${PORTAL}/${subId}`, { interval_days: 60 }, alice.headers)
      const changed = await only("frequency_changed")
      expect(changed).toMatchObject({ actor_type: "customer", actor_id: alice.id, details: { from: 30, to: 60 } })
      // Only the frequency changed, so nothing else is claimed to have.
      expect(await entriesOf("quantity_changed")).toEqual([])

      const countBefore = (await timeline()).count
      expect((await failedResponse(api.post(`${PORTAL}/${subId}`, { interval_days: 45 }, alice.headers))).status).toBe(400)
      expect((await failedResponse(api.post(`${PORTAL}/${subId}/resume`, {}, alice.headers))).status).toBe(409)
      expect((await timeline()).count).toBe(countBefore)
    })

    it("an admin's pause names the admin by email; their resume too", async () => {
      await api.post(`${ADMIN}/${subId}/pause`, {}, admin)
      const paused = await only("paused")
      expect(paused).toMatchObject({ actor_type: "admin", actor_id: adminUserId, actor_label: ADMIN_EMAIL })
      expect(paused.details).toEqual({ until: null, reason: "paused_by_admin" })
      await api.post(`${ADMIN}/${subId}/resume`, {}, admin)
      expect(await only("resumed")).toMatchObject({ actor_type: "admin", actor_label: ADMIN_EMAIL })
    })

    it("a product added to the next delivery and taken off again are two entries by the customer, naming it", async () => {
      const extra = await variantId(api, key, "gut-restore-50", "30 capsules")
      await api.post(`${PORTAL}/${subId}/next-delivery-items`, { variant_id: extra, quantity: 2 }, alice.headers)
      await api.delete(`${PORTAL}/${subId}/next-delivery-items/${extra}`, alice.headers)
      expect(await only("next_delivery_item_added")).toMatchObject({
        actor_type: "customer",
        actor_id: alice.id,
        details: { variant_id: extra, quantity: 2, title: "Gut Restore 50, 30 capsules" },
      })
      expect((await only("next_delivery_item_removed")).details).toMatchObject({ variant_id: extra, title: "Gut Restore 50, 30 capsules" })
    })

    it("a scheduled renewal that succeeds is one entry by the renewal job with its order, and its email follows", async () => {
      const due = (await stored()).next_delivery_at
      expect(await renewDueSubscriptions(getContainer(), { now: daysFrom(due, 0.1) })).toMatchObject({ renewed: 1 })
      const orders = await ordersOf(getContainer(), subId)
      const renewed = await only("renewal_succeeded")
      expect(renewed).toMatchObject({ actor_type: "system", actor_id: null, actor_label: "Renewal job" })
      expect(renewed.details).toMatchObject({ order_id: orders[orders.length - 1].id, trigger: "schedule" })

      const email = await eventually(async () => {
        const sent = (await entriesOf("email_sent")).filter((e) => e.details.template === "subscription-renewed")
        expect(sent).toHaveLength(1)
        return sent[0]!
      })
      expect(email).toMatchObject({ actor_type: "system", actor_label: "Shop emails" })
    })

    it("a declined renewal is one entry with the reason and the retry, and the customer's email about it", async () => {
      await subscriptionService(getContainer()).updateSubscriptions({ id: subId, payment_provider_id: "pp_declining_test" })
      const due = (await stored()).next_delivery_at
      expect(await renewDueSubscriptions(getContainer(), { now: daysFrom(due, 0.1) })).toMatchObject({ failed: 1 })
      const failed = await only("renewal_failed")
      expect(failed).toMatchObject({ actor_type: "system", actor_label: "Renewal job" })
      const after = await stored()
      expect(failed.details).toMatchObject({
        reason: "the payment was declined",
        failure_code: "payment_failed",
        status: "past_due",
        next_retry_at: iso(after.next_retry_at!),
      })
      await eventually(async () => {
        const sent = (await entriesOf("email_sent")).filter((e) => e.details.template === "subscription-renewal-failed")
        expect(sent).toHaveLength(1)
      })
    })

    // Every test starts from the shop as beforeAll left it (the runner restores the database), so this one makes its own history.
    it("lists newest first, a page at a time", async () => {
      await api.post(`${PORTAL}/${subId}/skip`, {}, alice.headers)
      await api.post(`${PORTAL}/${subId}`, { interval_days: 60 }, alice.headers)
      await api.post(`${ADMIN}/${subId}/pause`, {}, admin)
      await api.post(`${ADMIN}/${subId}/resume`, {}, admin)
      const all = (await timeline()).activity
      expect(all.map((e) => e.kind)).toEqual(["resumed", "paused", "frequency_changed", "skipped", "created"])
      const times = all.map((e) => new Date(e.occurred_at).getTime())
      expect(times).toEqual([...times].sort((a, b) => b - a))

      const first = await timeline("limit=2")
      expect(first).toMatchObject({ count: 5, limit: 2, offset: 0 })
      const second = await timeline("limit=2&offset=2")
      expect(second).toMatchObject({ count: 5, limit: 2, offset: 2 })
      const third = await timeline("limit=2&offset=4")
      expect([...first.activity, ...second.activity, ...third.activity].map((e) => e.id)).toEqual(all.map((e) => e.id))
      expect((await timeline("offset=5")).activity).toEqual([])
      // Twenty a page unless asked.
      expect(await timeline("")).toMatchObject({ count: 5, limit: 20, offset: 0 })
    })

    it("is for admins only, answers an unknown subscription with 404 and a malformed page with 400", async () => {
      expect((await failedResponse(api.get(`${ADMIN}/${subId}/activity`, alice.headers))).status).toBe(401)
      expect((await failedResponse(api.get(`${ADMIN}/${subId}/activity`))).status).toBe(401)
      const missing = await failedResponse(api.get(`${ADMIN}/sub_doesnotexist/activity`, admin))
      expect(missing.status).toBe(404)
      for (const query of ["limit=0", "limit=101", "offset=-1", "kind=paused"]) {
        const res = await failedResponse(api.get(`${ADMIN}/${subId}/activity?${query}`, admin))
        expect({ query, status: res.status }).toEqual({ query, status: 400 })
      }
    })
  },
})
