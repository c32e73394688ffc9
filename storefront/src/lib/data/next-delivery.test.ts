import { describe, expect, it, vi } from "vitest"
import { resetCookies } from "@/test/fake-cookies"
import { bodyOf, fakeBackend, json, useFakeBackend } from "@/test/fake-backend"
import { addedItem, portalSubscription } from "@/test/subscription-fixtures"
import { NotFoundError } from "./errors"
import { addToNextDelivery, getSubscription, listUpcomingDeliveries, removeFromNextDelivery } from "./subscriptions"

vi.mock("next/headers", async () => (await import("@/test/fake-cookies")).nextHeadersMock)

useFakeBackend({ _biome_jwt: "jwt-of-jane" })

const BASE = "/store/customers/me/subscriptions"

describe("adding one-time products to a subscription's next delivery", () => {
  it("reads what was added, at its one-time price, and the delivery's total with it", async () => {
    fakeBackend({
      [`${BASE}/sub_1`]: () =>
        json({ subscription: portalSubscription({ next_delivery_items: [addedItem()], next_delivery_total: 105.47 }) }),
    })

    const subscription = await getSubscription("sub_1")

    expect(subscription.nextDeliveryItems).toEqual([
      {
        variantId: "variant_gut_30",
        quantity: 2,
        product: { id: "prod_gut", title: "Gut Restore 50", handle: "gut-restore-50", thumbnail: null },
        variantTitle: "30 capsules",
        unitPrice: { amount: 39.99, currencyCode: "usd" },
        total: { amount: 79.98, currencyCode: "usd" },
      },
    ])
    expect(subscription.nextDeliveryTotal).toEqual({ amount: 105.47, currencyCode: "usd" })
  })

  it("takes the subscription's own price as the delivery total when nothing was added", async () => {
    fakeBackend({ [`${BASE}/sub_1`]: () => json({ subscription: portalSubscription() }) })
    const subscription = await getSubscription("sub_1")
    expect(subscription.nextDeliveryItems).toEqual([])
    expect(subscription.nextDeliveryTotal).toEqual({ amount: 25.49, currencyCode: "usd" })
  })

  it("posts the size and quantity to add, and deletes by size to remove", async () => {
    const backend = fakeBackend({
      [`${BASE}/sub_1/next-delivery-items`]: () => json({ subscription: portalSubscription({ next_delivery_items: [addedItem()] }) }),
      [`${BASE}/sub_1/next-delivery-items/variant_gut_30`]: () => json({ subscription: portalSubscription() }),
    })

    expect((await addToNextDelivery("sub_1", "variant_gut_30", 2)).nextDeliveryItems).toHaveLength(1)
    expect((await removeFromNextDelivery("sub_1", "variant_gut_30")).nextDeliveryItems).toEqual([])

    expect(backend.requests.map((r) => [r.init.method, r.url.pathname, bodyOf(r)])).toEqual([
      ["POST", `${BASE}/sub_1/next-delivery-items`, { variant_id: "variant_gut_30", quantity: 2 }],
      ["DELETE", `${BASE}/sub_1/next-delivery-items/variant_gut_30`, undefined],
    ])
  })

  it("treats another customer's subscription as not found", async () => {
    fakeBackend({
      [`${BASE}/sub_theirs/next-delivery-items`]: () => json({ message: "Subscription with id sub_theirs was not found" }, 404),
    })
    await expect(addToNextDelivery("sub_theirs", "variant_gut_30", 1)).rejects.toBeInstanceOf(NotFoundError)
  })
})

describe("the deliveries a product page may offer", () => {
  it("lists only active subscriptions with a next date, by name and date", async () => {
    fakeBackend({
      [BASE]: () =>
        json({
          subscriptions: [
            portalSubscription(),
            portalSubscription({ id: "sub_paused", status: "paused", allowed_actions: ["resume"] }),
            portalSubscription({ id: "sub_cancelled", status: "cancelled", next_delivery_at: null }),
          ],
        }),
    })
    expect(await listUpcomingDeliveries()).toEqual([
      { subscriptionId: "sub_1", name: "Daily Balance Probiotic, 30 capsules", deliveryAt: "2026-03-01T09:00:00.000Z" },
    ])
  })

  it("asks the backend nothing for a visitor who is not logged in", async () => {
    resetCookies()
    const backend = fakeBackend({})
    expect(await listUpcomingDeliveries()).toEqual([])
    expect(backend.requests).toEqual([])
  })
})
