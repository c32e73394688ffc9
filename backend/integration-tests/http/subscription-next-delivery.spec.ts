import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { failedResponse, seedCatalog, storeHeaders } from "../helpers/seeded-shop"
import { variantId } from "../helpers/customers"
import { subscribedCustomer } from "../helpers/subscriptions"
import {
  isSubscriptionBusy,
  SUBSCRIPTION_BUSY,
  SUBSCRIPTION_BUSY_MESSAGE,
  withSubscriptionLock,
} from "../../src/workflows/subscriptions/subscription-lock"
import { subscriptionLockKey } from "../../src/lib/subscriptions/subscription-rules"

jest.setTimeout(300 * 1000)

const PORTAL = "/store/customers/me/subscriptions"

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key: string
    let regionId: string

    beforeAll(async () => {
      key = await seedCatalog(getContainer())
    })

    beforeEach(async () => {
      const { data } = await api.get("/store/regions", storeHeaders(key))
      regionId = data.regions.find((r: { currency_code: string }) => r.currency_code === "usd").id
    })

    const subscribe = (email: string) => subscribedCustomer(api, getContainer(), { key, regionId, email })

    describe("a subscriber adds one-time products to the next delivery", () => {
      it("the portal lists each added product at its one-time price, and the delivery's total includes them", async () => {
        const { subscription, shopper } = await subscribe("next.delivery@example.com")
        const gut30 = await variantId(api, key, "gut-restore-50", "30 capsules")
        const url = `${PORTAL}/${subscription.id}/next-delivery-items`

        const { data } = await api.post(url, { variant_id: gut30, quantity: 2 }, shopper.headers)

        const added = {
          variant_id: gut30,
          quantity: 2,
          product: { title: "Gut Restore 50", handle: "gut-restore-50" },
          variant_title: "30 capsules",
          unit_price: 39.99,
          total: 79.98,
        }
        // The subscription's own line (25.49) and the added products (2 × 39.99), to the cent.
        expect(data.subscription).toMatchObject({ next_price: { total: 25.49 }, next_delivery_items: [added], next_delivery_total: 105.47 })
        const detail = (await api.get(`${PORTAL}/${subscription.id}`, shopper.headers)).data.subscription
        expect(detail).toMatchObject({ next_delivery_items: [added], next_delivery_total: 105.47 })
        const listed = (await api.get(PORTAL, shopper.headers)).data.subscriptions[0]
        expect(listed).toMatchObject({ id: subscription.id, next_delivery_items: [added], next_delivery_total: 105.47 })

        const removed = await api.delete(`${url}/${gut30}`, shopper.headers)
        expect(removed.data.subscription).toMatchObject({ next_delivery_items: [], next_delivery_total: 25.49 })
      })

      it("another customer's subscription is not found, and bad input is a 400 that says what is wrong", async () => {
        const { subscription, shopper } = await subscribe("added.owner@example.com")
        const stranger = await subscribe("added.stranger@example.com")
        const gut30 = await variantId(api, key, "gut-restore-50", "30 capsules")
        const url = `${PORTAL}/${subscription.id}/next-delivery-items`

        expect((await failedResponse(api.post(url, { variant_id: gut30 }, stranger.shopper.headers))).status).toBe(404)
        expect((await failedResponse(api.delete(`${url}/${gut30}`, stranger.shopper.headers))).status).toBe(404)
        const notSold = await failedResponse(api.post(url, { variant_id: "variant_nope" }, shopper.headers))
        expect(notSold).toMatchObject({ status: 400, data: { message: "Variant variant_nope is not a product this shop sells" } })
        const words = await failedResponse(api.post(url, { variant_id: gut30, quantity: "two" }, shopper.headers))
        expect(words).toMatchObject({ status: 400, data: { message: expect.stringMatching(/quantity must be a whole number/) } })
        const tooMany = await failedResponse(api.post(url, { variant_id: gut30, quantity: 11 }, shopper.headers))
        expect(tooMany).toMatchObject({ status: 400, data: { message: expect.stringMatching(/from 1 to 10/) } })
        expect((await api.get(`${PORTAL}/${subscription.id}`, shopper.headers)).data.subscription.next_delivery_items).toEqual([])
      })
    })

    describe("a subscription someone else is renewing or changing", () => {
      it("a change while another process holds the subscription's lock is a 409 saying it is busy, and goes through once it is free", async () => {
        const { subscription, shopper } = await subscribe("held.lock@example.com")
        const gut30 = await variantId(api, key, "gut-restore-50", "30 capsules")
        const locking = getContainer().resolve(Modules.LOCKING)
        await locking.acquire(subscriptionLockKey(subscription.id), { expire: 120 })
        try {
          // A workflow step (skip) and a locked function (add to the next delivery) both give up with the same answer.
          const skip = await failedResponse(api.post(`${PORTAL}/${subscription.id}/skip`, {}, shopper.headers))
          expect(skip).toMatchObject({ status: 409, data: { message: SUBSCRIPTION_BUSY_MESSAGE } })
          const add = await failedResponse(
            api.post(`${PORTAL}/${subscription.id}/next-delivery-items`, { variant_id: gut30 }, shopper.headers)
          )
          expect(add).toMatchObject({ status: 409, data: { message: SUBSCRIPTION_BUSY_MESSAGE } })
        } finally {
          await locking.release(subscriptionLockKey(subscription.id))
        }
        expect((await api.post(`${PORTAL}/${subscription.id}/skip`, {}, shopper.headers)).status).toBe(200)
      })

      it("only a failure to take the lock is 'busy': an error of the locked work passes through as it is", async () => {
        const container = getContainer()
        const { subscription } = await subscribe("lock.errors@example.com")
        const own = new MedusaError(MedusaError.Types.CONFLICT, "Timed-out acquiring lock. (the job's own words)")
        const passed = await withSubscriptionLock(container, subscription.id, async () => {
          throw own
        }).catch((e: unknown) => e)
        expect(passed).toBe(own)
        expect(isSubscriptionBusy(passed)).toBe(false)

        await container.resolve(Modules.LOCKING).acquire(subscriptionLockKey(subscription.id), { expire: 120 })
        try {
          let ran = false
          const busy = await withSubscriptionLock(container, subscription.id, async () => (ran = true), { timeout: 1 }).catch(
            (e: unknown) => e
          )
          expect(busy).toMatchObject({ type: MedusaError.Types.CONFLICT, code: SUBSCRIPTION_BUSY, message: SUBSCRIPTION_BUSY_MESSAGE })
          expect(ran).toBe(false)
        } finally {
          await container.resolve(Modules.LOCKING).release(subscriptionLockKey(subscription.id))
        }
      })
    })
  },
})
