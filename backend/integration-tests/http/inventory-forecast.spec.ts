import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStockLocationsWorkflow } from "@medusajs/medusa/core-flows"
import { renewalPeriodKey } from "@biome/shared"
import { createAdminUser, type AdminHeaders } from "../helpers/admin"
import { failedResponse, seedCatalog, storeHeaders } from "../helpers/seeded-shop"
import { daysFrom, setStock, subscribedCustomer, subscriptionService } from "../helpers/subscriptions"
import { DAY, planSubscriptions, recordStockFailure, settle, shopBasics, type ShopBasics } from "../helpers/inventory"
import { skipNextDeliveryWorkflow } from "../../src/workflows/subscriptions/skip-next-delivery"
import { renewSubscription } from "../../src/renewals/renew-subscription"

jest.setTimeout(300 * 1000)

const FORECAST = "/admin/inventory/subscription-forecast"
const DAILY_30 = "DAILY-BALANCE-PROBIOTIC-30"
const GUT_60 = "GUT-RESTORE-50-60"

/** Whole days from the fixture's `now` to a date the route returned (the route's own now is a moment later). */
const daysAfter = (now: Date, iso: string | null) => (iso === null ? null : Math.round((Date.parse(iso) - now.getTime()) / DAY))

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: AdminHeaders
    let key: string
    let shop: ShopBasics
    let now: Date
    const ids: Record<string, string> = {}

    // Every delivery sits half a day off a day boundary, so the moments between building this and asking for the
    // forecast cannot move one across a horizon.
    beforeAll(async () => {
      const container = getContainer()
      key = await seedCatalog(container)
      admin = await createAdminUser(container, "stock@biomeandbloom.test")
      shop = await shopBasics(container)
      now = new Date()
      await setStock(container, shop.variants[DAILY_30]!.id, 40)
      await setStock(container, shop.variants[GUT_60]!.id, 5)

      // Daily Balance 30: a1 1 every 30 days from day 2.5; a2 2 every 60 from day 10.5; a3 1 every 30, due on day
      // 4.5 but skipped; a4 paused and a5 cancelled (5 each, left out); a6 past due since day -1.5 for lack of stock.
      const [a1, a2, a3, a4, a5, a6] = await planSubscriptions(container, shop, DAILY_30, now, [
        { quantity: 1, interval_days: 30, next_in_days: 2.5 },
        { quantity: 2, interval_days: 60, next_in_days: 10.5 },
        { quantity: 1, interval_days: 30, next_in_days: 4.5 },
        { quantity: 5, interval_days: 30, next_in_days: 1.5, status: "paused" },
        { quantity: 5, interval_days: 30, next_in_days: 1.5, status: "cancelled" },
        { quantity: 1, interval_days: 30, next_in_days: -1.5, status: "past_due" },
      ])
      Object.assign(ids, { a1: a1!.id, a2: a2!.id, a3: a3!.id, a4: a4!.id, a5: a5!.id, a6: a6!.id })
      await skipNextDeliveryWorkflow(container).run({ input: { subscription_id: a3!.id } })
      await recordStockFailure(container, a6!.id, daysFrom(now, -1.5))

      // Gut Restore 60: b1 2 every 30 days from day 0.5; b2 3 every 60 from day 20.5.
      await planSubscriptions(container, shop, GUT_60, now, [
        { quantity: 2, interval_days: 30, next_in_days: 0.5 },
        { quantity: 3, interval_days: 60, next_in_days: 20.5 },
      ])
    })

    const forecast = async (query = "") => (await api.get(`${FORECAST}${query}`, admin)).data
    const variantIn = (data: { variants: any[] }, sku: string) => data.variants.find((v) => v.sku === sku)

    it("an admin sees each variant's stock next to what subscriptions will need, matching figures worked out by hand", async () => {
      const skipped = await subscriptionService(getContainer()).retrieveSubscription(ids.a3!)
      expect(Math.round(((new Date(skipped.next_delivery_at).getTime() - now.getTime()) / DAY) * 10) / 10).toBe(34.5)

      const data = await forecast("?days=45")
      expect(data.days).toBe(45)

      // Daily Balance 30, 40 available. Deliveries: a6 now (overdue), a1 2.5, a2 10.5 (×2), a6 28.5, a1 32.5,
      // a3 34.5, a6 58.5, a1 62.5, a3 64.5, a2 70.5 (×2), a6 88.5; a4 and a5 are left out.
      const daily = variantIn(data, DAILY_30)
      expect(daily).toMatchObject({
        product_title: "Daily Balance Probiotic",
        variant_title: "30 capsules",
        stocked: 40,
        reserved: 0,
        available: 40,
        units_needed: {
          next_7_days: 2, // a6 now + a1 2.5
          next_30_days: 5, // + a2 10.5 ×2 + a6 28.5
          next_60_days: 8, // + a1 32.5 + a3 34.5 + a6 58.5
          next_90_days: 13, // + a1 62.5 + a3 64.5 + a2 70.5 ×2 + a6 88.5
          in_window: 7, // 45 days: the 30-day 5 + a1 32.5 + a3 34.5
        },
        daily_demand: 0.16, // 7 / 45 = 0.1556
        days_of_cover: 257.1, // 40 / (7 / 45) = 257.14
        short_by: 0,
        subscriptions: 4, // a1, a2, a3, a6
        past_due_subscriptions: 1, // a6
        at_risk_subscriptions: 1, // a6: its renewal found no stock
        low_stock_threshold_days: 14,
        below_threshold: false,
      })
      expect(daysAfter(now, daily.run_out_date)).toBe(258) // the day the 40th unit goes: ceil(257.14)

      // Gut Restore 60, 5 available. Deliveries in 45 days: b1 0.5 (×2), b2 20.5 (×3), b1 30.5 (×2) — the last one
      // finds nothing left. Beyond: b1 60.5 (×2), b2 80.5 (×3).
      const gut = variantIn(data, GUT_60)
      expect(gut).toMatchObject({
        available: 5,
        units_needed: { next_7_days: 2, next_30_days: 5, next_60_days: 7, next_90_days: 12, in_window: 7 },
        daily_demand: 0.16, // 7 / 45
        days_of_cover: 32.1, // 5 / (7 / 45) = 32.14
        short_by: 2, // 7 needed − 5 available
        subscriptions: 2,
        past_due_subscriptions: 0,
        at_risk_subscriptions: 1, // b1, whose day-30.5 delivery comes after the 5 units are gone
      })
      expect(daysAfter(now, gut.run_out_date)).toBe(33)

      // Earliest run-out first; variants nobody subscribes to come last, with no run-out date.
      expect(data.variants.slice(0, 2).map((v: { sku: string }) => v.sku)).toEqual([GUT_60, DAILY_30])
      expect(data.variants.slice(2).every((v: { run_out_date: string | null }) => v.run_out_date === null)).toBe(true)

      // One warehouse serves the Webshop channel, so its row carries the variant's figures.
      expect(gut.locations).toEqual([
        expect.objectContaining({ location_name: "Portland Warehouse", available: 5, short_by: 2, at_risk_subscriptions: 1 }),
      ])
    })

    it("the default window is 30 days, and the chart has the window's weeks and no more", async () => {
      const data = await forecast()
      expect(data.days).toBe(30)
      // Gut Restore 60 needs exactly its 5 units in 30 days (b1 0.5 ×2, b2 20.5 ×3): 1/6 a day, 30 days of cover.
      expect(variantIn(data, GUT_60)).toMatchObject({ daily_demand: 0.17, days_of_cover: 30, short_by: 0, at_risk_subscriptions: 0 })
      // Daily Balance 30, week by week (week 1 is now to day 7, week 5 days 28 to 30): a6 now + a1 2.5 | a2 10.5 ×2
      // | – | – | a6 28.5; a1 32.5 is past the window.
      expect(variantIn(data, DAILY_30).units_per_week).toEqual([2, 2, 0, 0, 1])
      // Over 90 days, 13 weeks: … | a6 28.5 + a1 32.5 + a3 34.5 | – | – | – | a6 58.5 + a1 62.5 | a3 64.5 |
      // a2 70.5 ×2 | – | a6 88.5.
      expect(variantIn(await forecast("?days=90"), DAILY_30).units_per_week).toEqual([2, 2, 0, 0, 3, 0, 0, 0, 2, 1, 2, 0, 1])
      expect(variantIn(await forecast("?days=7"), DAILY_30).units_per_week).toEqual([2])
    })

    it("one-time sales of the last 30 days count at their daily rate beside subscription demand", async () => {
      const container = getContainer()
      const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const orders = container.resolve(Modules.ORDER)
      // Orders are dated from the same clock as the subscriptions, half a day off the 30-day edge on either side.
      const sell = async (quantity: number, daysAgo: number, extra: { status?: string; metadata?: Record<string, unknown> } = {}) => {
        const [order] = await orders.createOrders([
          {
            region_id: shop.region_id,
            sales_channel_id: shop.sales_channel_id,
            currency_code: "usd",
            email: "walk.in@example.com",
            ...(extra.status ? { status: extra.status } : {}),
            items: [
              {
                title: "Gut Restore 50",
                variant_id: shop.variants[GUT_60]!.id,
                quantity,
                unit_price: 69.99,
                metadata: extra.metadata ?? {},
              },
            ],
          },
        ])
        await knex("order")
          .where({ id: order!.id })
          .update({ created_at: daysFrom(now, -daysAgo) })
      }
      await sell(3, 2.5)
      await sell(6, 29.5)
      await sell(4, 30.5) // before the 30 days
      await sell(5, 1.5, { metadata: { subscription_interval_days: 30 } }) // a subscription's order: its demand is the subscription's
      await sell(2, 1.5, { status: "canceled" })

      const gut = variantIn(await forecast(`?variant_id=${shop.variants[GUT_60]!.id}`), GUT_60)
      // 9 one-time units in 30 days: 0.3 a day. Subscriptions: 5 units in 30 days, 1/6 a day. 5 available.
      expect(gut).toMatchObject({
        one_time_units_sold: 9,
        one_time_daily_demand: 0.3,
        one_time_in_window: 9,
        subscription_daily_demand: 0.17,
        daily_demand: 0.47, // 0.3 + 0.1667
        days_of_cover: 10.7, // 5 / 0.4667
        short_by: 9, // 5 + 9 needed, 5 available
        units_needed: { in_window: 5 },
        at_risk_subscriptions: 0, // the subscriptions' own 5 units are there
      })
      expect(daysAfter(now, gut.run_out_date)).toBe(11)
      expect(gut.locations[0]).toMatchObject({ one_time_units_sold: 9, one_time_daily_demand: 0.3 })
    })

    it("variants nobody needs come last, the least available first", async () => {
      const container = getContainer()
      const stock: Record<string, number> = { "DAILY-BALANCE-PROBIOTIC-60": 7, "GUT-RESTORE-50-30": 0, "SKIN-BIOME-GLOW-30": 3 }
      for (const [sku, units] of Object.entries(stock)) await setStock(container, shop.variants[sku]!.id, units)
      const idle = (await forecast()).variants.filter((v: { run_out_date: string | null }) => v.run_out_date === null)
      const available = idle.map((v: { available: number }) => v.available)
      expect(available).toEqual([...available].sort((a, b) => a - b))
      const skus = idle.map((v: { sku: string }) => v.sku).filter((sku: string) => sku in stock)
      expect(skus).toEqual(["GUT-RESTORE-50-30", "SKIN-BIOME-GLOW-30", "DAILY-BALANCE-PROBIOTIC-60"])
      await settle()
    })

    it("the variant page widget asks for one variant's figures", async () => {
      const data = await forecast(`?variant_id=${shop.variants[GUT_60]!.id}&days=90`)
      expect(data.variants).toHaveLength(1)
      expect(data.variants[0]).toMatchObject({ sku: GUT_60, units_needed: { in_window: 12 }, short_by: 7 })
    })

    it("bad input is a 400 that says what is wrong, and an unknown variant is a 404", async () => {
      const refused = (query: string) => failedResponse(api.get(`${FORECAST}${query}`, admin))
      expect(await refused("?days=0")).toMatchObject({ status: 400, data: { message: expect.stringMatching(/days.*at least: '1'/) } })
      expect(await refused("?days=-3")).toMatchObject({ status: 400, data: { message: expect.stringMatching(/days.*at least/) } })
      expect(await refused("?days=366")).toMatchObject({ status: 400, data: { message: expect.stringMatching(/days.*at most: '365'/) } })
      expect(await refused("?days=soon")).toMatchObject({ status: 400, data: { message: expect.stringContaining("days") } })
      expect(await refused("?days=1.5")).toMatchObject({ status: 400, data: { message: expect.stringContaining("days") } })
      expect(await refused("?horizon=30")).toMatchObject({ status: 400, data: { message: expect.stringContaining("horizon") } })
      expect(await refused("?variant_id=variant_nope")).toMatchObject({
        status: 404,
        data: { message: "Variant variant_nope was not found" },
      })
    })

    it("demand reaches only the locations that serve the subscription's sales channel; the variant counts all stock", async () => {
      const container = getContainer()
      const {
        result: [depot],
      } = await createStockLocationsWorkflow(container).run({ input: { locations: [{ name: "Wholesale Depot" }] } })
      const {
        data: [variant],
      } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product_variant",
        fields: ["inventory_items.inventory_item_id"],
        filters: { id: shop.variants[GUT_60]!.id },
      })
      const itemId = (variant as any).inventory_items[0].inventory_item_id as string
      await container
        .resolve(Modules.INVENTORY)
        .createInventoryLevels([{ inventory_item_id: itemId, location_id: depot!.id, stocked_quantity: 10 }])

      const gut = variantIn(await forecast("?days=45"), GUT_60)
      // The variant: 5 + 10 available against the 7 units its Webshop subscribers need in 45 days.
      expect(gut).toMatchObject({ available: 15, short_by: 0, at_risk_subscriptions: 0, days_of_cover: 96.4 }) // 15 / (7 / 45)
      const rows = Object.fromEntries(gut.locations.map((l: { location_name: string }) => [l.location_name, l]))
      expect(rows["Portland Warehouse"]).toMatchObject({ available: 5, units_needed: { in_window: 7 }, short_by: 2 })
      // The depot serves no channel: no subscription can draw on it.
      expect(rows["Wholesale Depot"]).toMatchObject({ available: 10, units_needed: { in_window: 0 }, run_out_date: null, subscriptions: 0 })
      await settle() // let the stock check the new level triggered finish before the next test resets the database
    })

    it("a subscription whose renewal order is being placed right now is not counted twice: its stock is already reserved", async () => {
      const container = getContainer()
      const sku = "SKIN-BIOME-GLOW-60"
      const [due] = await planSubscriptions(container, shop, sku, now, [{ quantity: 2, interval_days: 30, next_in_days: -0.1 }])
      const before = variantIn(await forecast(`?days=20&variant_id=${shop.variants[sku]!.id}`), sku)
      expect(before.units_needed.in_window).toBe(2)

      // The renewal's attempt notes its order as soon as the order exists; the reservation follows in the same run.
      await subscriptionService(container).createSubscriptionRenewals({
        subscription_id: due!.id,
        period_key: renewalPeriodKey(due!.id, new Date(due!.next_delivery_at)),
        scheduled_for: new Date(due!.next_delivery_at),
        attempt: 1,
        trigger: "schedule",
        status: "processing",
        order_id: "order_being_placed",
      })
      const during = variantIn(await forecast(`?days=20&variant_id=${shop.variants[sku]!.id}`), sku)
      expect(during.units_needed.in_window).toBe(0)
    })

    it("a renewal that finds no stock follows the visible path, and the forecast shows the subscription at risk", async () => {
      const { data } = await api.get("/store/regions", storeHeaders(key))
      const regionId = data.regions.find((r: { currency_code: string }) => r.currency_code === "usd").id
      const { subscription } = await subscribedCustomer(api, getContainer(), {
        key,
        regionId,
        email: "empty.shelf@example.com",
        handle: "immune-daily-defence",
        size: "30 capsules",
        interval: 30,
      })
      // The first order holds the one unit left.
      await setStock(getContainer(), subscription.variant_id, 1)

      const now = daysFrom(subscription.next_delivery_at, 0.1)
      const renewal = await renewSubscription(getContainer(), { subscription_id: subscription.id, trigger: "schedule", now })
      expect(renewal).toMatchObject({ outcome: "failed", reason: "the product is out of stock" })
      const after = await subscriptionService(getContainer()).retrieveSubscription(subscription.id)
      expect(after).toMatchObject({ status: "past_due", last_failure_reason: "the product is out of stock" })

      const immune = (await forecast(`?variant_id=${subscription.variant_id}`)).variants[0]
      expect(immune).toMatchObject({ past_due_subscriptions: 1, at_risk_subscriptions: 1, available: 0 })
      // The checkout order's line is a subscription's: it is not a one-time sale.
      expect(immune).toMatchObject({ one_time_units_sold: 0, one_time_daily_demand: 0 })
    })
  },
})
