import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminUser, type AdminHeaders } from "../helpers/admin"
import { checkout } from "../helpers/customers"
import { failedResponse, seedCatalog, storeHeaders } from "../helpers/seeded-shop"
import { daysFrom, setStock, subscribedCustomer } from "../helpers/subscriptions"
import { emailsSent, eventually, inventoryAlerts, planSubscriptions, settle, shopBasics, type ShopBasics } from "../helpers/inventory"
import { checkLowStock } from "../../src/workflows/inventory/check-low-stock"
import { renewSubscription } from "../../src/renewals/renew-subscription"

jest.setTimeout(300 * 1000)

const SKIN_30 = "SKIN-BIOME-GLOW-30"
const GUT_30 = "GUT-RESTORE-50-30"
const THRESHOLDS = "/admin/inventory/low-stock-thresholds"

/** Thirty subscribers taking one unit every 30 days, one due each day: exactly one unit a day, so days of cover = units available. */
const ONE_A_DAY = Array.from({ length: 30 }, (_, day) => ({ quantity: 1, interval_days: 30, next_in_days: day + 0.5 }))

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key: string
    let regionId: string
    let admin: AdminHeaders
    let shop: ShopBasics

    beforeAll(async () => {
      const container = getContainer()
      key = await seedCatalog(container)
      admin = await createAdminUser(container, "alerts@biomeandbloom.test")
      shop = await shopBasics(container)
      regionId = shop.region_id
      await planSubscriptions(container, shop, SKIN_30, new Date(), ONE_A_DAY)
    })

    const skin = () => shop.variants[SKIN_30]!.id
    // Each story counts the alerts about its own variant, whatever a check left over from the story before does.
    const alertEmails = async (variantId = skin()) =>
      (await emailsSent(getContainer(), "low-stock-alert")).filter((n) => n.resource_id === variantId)
    const buy = (variant_id: string, quantity: number, email = "walk.in@example.com") =>
      checkout(api, storeHeaders(key), { region_id: regionId, email, lines: [{ variant_id, quantity }] })

    it("two orders under the threshold tell the admins once; a restock and a new fall tell them again", async () => {
      await setStock(getContainer(), skin(), 20) // 20 days of cover at one a day: over the default 14
      await settle()
      expect(await alertEmails()).toHaveLength(0)

      await buy(skin(), 7) // 13 left: 13 days of cover, under 14
      const [first] = await eventually("the first alert", async () => ((await alertEmails()).length === 1 ? await alertEmails() : null))
      expect(first).toMatchObject({
        to: "inventory@biome-bloom.local",
        channel: "email",
        data: { sku: SKIN_30, days_of_cover: 13, threshold_days: 14, available: 13, daily_demand: 1 },
      })

      await buy(skin(), 2) // 11 left: still under, the same crossing
      await settle()
      await checkLowStock(getContainer(), [skin()])
      expect(await alertEmails()).toHaveLength(1)

      await setStock(getContainer(), skin(), 40) // 40 stocked, 9 held by the two orders: 31 days of cover
      await eventually("the alert to clear", async () => (await inventoryAlerts(getContainer()).openAlertsFor([skin()])).length === 0)
      expect(await alertEmails()).toHaveLength(1)

      await buy(skin(), 20) // 11 left: a new crossing
      await eventually("the second alert", async () => (await alertEmails()).length === 2)
      await settle()
      expect(await alertEmails()).toHaveLength(2)
    })

    it("ten stock checks at once still tell the admins once", async () => {
      await setStock(getContainer(), skin(), 10)
      await Promise.all(Array.from({ length: 10 }, () => checkLowStock(getContainer(), [skin()])))
      await settle()
      expect(await alertEmails()).toHaveLength(1)
      const alerts = await inventoryAlerts(getContainer()).listLowStockAlerts({ variant_id: skin() })
      expect(alerts).toHaveLength(1)
      expect(alerts[0]).toMatchObject({ cleared_at: null, notified_at: expect.any(Date) })
    })

    it("a renewal that takes a variant under its threshold alerts the admins", async () => {
      const { subscription } = await subscribedCustomer(api, getContainer(), {
        key,
        regionId,
        email: "three.a.month@example.com",
        handle: "gut-restore-50",
        size: "30 capsules",
        quantity: 3,
        interval: 30,
      })
      await planSubscriptions(getContainer(), shop, GUT_30, new Date(), ONE_A_DAY)
      // 19 stocked, 3 held by the first order: 16 available. Demand in 30 days: 30 + the renewal's 3 = 1.1 a day,
      // 16 / 1.1 = 14.5 days of cover: not yet under.
      await setStock(getContainer(), subscription.variant_id, 19)
      await settle()
      expect(await alertEmails(subscription.variant_id)).toHaveLength(0)

      // The renewal takes 3 (13 left) and moves its next delivery out of the 30 days: 13 / 1.0 = 13 days.
      const renewal = await renewSubscription(getContainer(), {
        subscription_id: subscription.id,
        trigger: "schedule",
        now: daysFrom(subscription.next_delivery_at, 0.1),
      })
      expect(renewal.outcome).toBe("renewed")
      // The checks its order set off see the renewal in progress: its delivery is reserved, not still due.
      const alerts = () => alertEmails(subscription.variant_id)
      const [alert] = await eventually("the renewal's alert", async () => ((await alerts()).length ? await alerts() : null))
      expect(alert).toMatchObject({ data: { sku: GUT_30, available: 13, days_of_cover: 13 } })
      await settle()
      expect(await alerts()).toHaveLength(1)
    })

    it("an admin sets a variant's own threshold; the forecast and the next stock move use it", async () => {
      const { data: created } = await api.post(THRESHOLDS, { variant_id: skin(), threshold_days: 30 }, admin)
      expect(created.low_stock_threshold).toMatchObject({ variant_id: skin(), threshold_days: 30 })
      const { data: changed } = await api.post(THRESHOLDS, { variant_id: skin(), threshold_days: 21 }, admin)
      expect(changed.low_stock_threshold).toMatchObject({ id: created.low_stock_threshold.id, threshold_days: 21 })
      const { data: list } = await api.get(`${THRESHOLDS}?variant_id=${skin()}`, admin)
      expect(list).toMatchObject({ default_threshold_days: 14, low_stock_thresholds: [{ variant_id: skin(), threshold_days: 21 }] })

      await setStock(getContainer(), skin(), 20) // 20 days of cover: over the default, under this variant's 21
      const { data: forecast } = await api.get(`/admin/inventory/subscription-forecast?variant_id=${skin()}`, admin)
      expect(forecast.variants[0]).toMatchObject({ days_of_cover: 20, low_stock_threshold_days: 21, below_threshold: true })
      const [alert] = await eventually("the alert at the admin's threshold", async () =>
        (await alertEmails()).length ? await alertEmails() : null
      )
      expect(alert).toMatchObject({ data: { days_of_cover: 20, threshold_days: 21 } })
    })

    it("a threshold must be whole days from 1 to 365, for a variant that exists", async () => {
      const refused = (body: unknown) => failedResponse(api.post(THRESHOLDS, body, admin))
      expect(await refused({ variant_id: skin(), threshold_days: 0 })).toMatchObject({
        status: 400,
        data: { message: expect.stringMatching(/threshold_days.*at least: '1'/) },
      })
      expect(await refused({ variant_id: skin(), threshold_days: 400 })).toMatchObject({ status: 400 })
      expect(await refused({ variant_id: skin(), threshold_days: 2.5 })).toMatchObject({ status: 400 })
      expect(await refused({ variant_id: skin(), threshold_days: 7, notify: true })).toMatchObject({
        status: 400,
        data: { message: expect.stringContaining("notify") },
      })
      expect(await refused({ threshold_days: 7 })).toMatchObject({ status: 400, data: { message: expect.stringContaining("variant_id") } })
      expect(await refused({ variant_id: "variant_nope", threshold_days: 7 })).toMatchObject({
        status: 404,
        data: { message: "Variant variant_nope was not found" },
      })
    })
  },
})
