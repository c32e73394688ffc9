import { describe, expect, it, vi } from "vitest"
import { resetCookies } from "@/test/fake-cookies"
import { bodyOf, fakeBackend, json, TEST_PUBLISHABLE_KEY, useFakeBackend } from "@/test/fake-backend"
import { portalSubscription } from "@/test/subscription-fixtures"
import { BackendRequestError, customerMessage, NotAuthenticatedError, NotFoundError } from "./errors"
import {
  acceptRetentionDiscount,
  cancelSubscription,
  changeDeliveryAddress,
  changeSubscription,
  getSubscription,
  listSubscriptions,
  pauseSubscription,
  restartSubscription,
  resumeSubscription,
  sendNextDeliveryNow,
  skipNextDelivery,
  undoSkip,
} from "./subscriptions"

vi.mock("next/headers", async () => (await import("@/test/fake-cookies")).nextHeadersMock)

useFakeBackend({ _biome_jwt: "jwt-of-jane" })

const BASE = "/store/customers/me/subscriptions"

describe("the subscription portal's data", () => {
  it("lists the logged-in customer's subscriptions with their bearer token, uncached", async () => {
    const backend = fakeBackend({ [BASE]: () => json({ subscriptions: [portalSubscription()], count: 1 }) })

    const { subscriptions, count } = await listSubscriptions()

    expect(count).toBe(1)
    const request = backend.requests[0]!
    expect(request.headers.get("authorization")).toBe("Bearer jwt-of-jane")
    expect(request.headers.get("x-publishable-api-key")).toBe(TEST_PUBLISHABLE_KEY)
    expect(request.init.cache).toBe("no-store")
    expect(subscriptions[0]).toMatchObject({
      id: "sub_1",
      status: "active",
      allowedActions: ["skip", "pause", "cancel", "change"],
      intervalDays: 60,
      nextDeliveryAt: "2026-03-01T09:00:00.000Z",
      nextPrice: { total: { amount: 25.49, currencyCode: "usd" }, savingsPerDelivery: { amount: 4.5, currencyCode: "usd" } },
      orders: [{ id: "order_1", displayId: 7, total: { amount: 30.44, currencyCode: "usd" } }],
    })
  })

  it("does not ask the backend for a visitor without a login", async () => {
    resetCookies()
    const backend = fakeBackend({})

    await expect(listSubscriptions()).rejects.toBeInstanceOf(NotAuthenticatedError)
    expect(backend.fetchMock).not.toHaveBeenCalled()
  })

  it("treats an expired login as logged out", async () => {
    fakeBackend({ [BASE]: () => json({ message: "Unauthorized" }, 401) })

    await expect(listSubscriptions()).rejects.toBeInstanceOf(NotAuthenticatedError)
  })

  it("asks for the next delivery now with the date the customer saw, so a repeated click cannot order the one after", async () => {
    const backend = fakeBackend({
      [`${BASE}/sub_1/send-now`]: () => json({ subscription: portalSubscription({ next_delivery_at: "2026-05-30T09:00:00.000Z" }) }),
    })
    expect((await sendNextDeliveryNow("sub_1", "2026-03-01T09:00:00.000Z")).nextDeliveryAt).toBe("2026-05-30T09:00:00.000Z")
    expect(backend.requests.map((r) => [r.init.method, r.url.pathname, bodyOf(r)])).toEqual([
      ["POST", `${BASE}/sub_1/send-now`, { next_delivery_at: "2026-03-01T09:00:00.000Z" }],
    ])
  })

  it("sends each portal action to its own route", async () => {
    const backend = fakeBackend({
      [`${BASE}/sub_1/skip`]: () => json({ subscription: portalSubscription({ next_delivery_at: "2026-04-30T09:00:00.000Z" }) }),
      [`${BASE}/sub_1/pause`]: () =>
        json({ subscription: portalSubscription({ status: "paused", allowed_actions: ["resume", "cancel", "change"] }) }),
      [`${BASE}/sub_1/resume`]: () => json({ subscription: portalSubscription() }),
      [`${BASE}/sub_1/cancel`]: () => json({ subscription: portalSubscription({ status: "cancelled", allowed_actions: [] }) }),
      [`${BASE}/sub_1`]: () => json({ subscription: portalSubscription({ interval_days: 90 }) }),
    })

    expect((await skipNextDelivery("sub_1")).nextDeliveryAt).toBe("2026-04-30T09:00:00.000Z")
    expect((await pauseSubscription("sub_1", "2026-06-01")).allowedActions).toEqual(["resume", "cancel", "change"])
    await resumeSubscription("sub_1")
    expect((await cancelSubscription("sub_1", "too_expensive", "Cheaper elsewhere")).status).toBe("cancelled")
    expect((await changeSubscription("sub_1", { intervalDays: 90, nextDeliveryAt: "2026-05-01" })).intervalDays).toBe(90)

    expect(backend.requests.map((r) => [r.init.method, r.url.pathname, bodyOf(r)])).toEqual([
      ["POST", `${BASE}/sub_1/skip`, {}],
      ["POST", `${BASE}/sub_1/pause`, { until: "2026-06-01" }],
      ["POST", `${BASE}/sub_1/resume`, {}],
      ["POST", `${BASE}/sub_1/cancel`, { reason: "too_expensive", comment: "Cheaper elsewhere" }],
      ["POST", `${BASE}/sub_1`, { interval_days: 90, next_delivery_at: "2026-05-01" }],
    ])
    expect(backend.requests.every((r) => r.headers.get("authorization") === "Bearer jwt-of-jane")).toBe(true)
  })

  it("sends undo-skip, restart, the retention discount and a new address to their routes", async () => {
    const address = {
      first_name: "Ann",
      last_name: "Lee",
      address_1: "1 Main St",
      city: "Portland",
      province: "OR",
      postal_code: "97209",
      country_code: "us",
    }
    const backend = fakeBackend({
      [`${BASE}/sub_1/undo-skip`]: () => json({ subscription: portalSubscription() }),
      [`${BASE}/sub_1/restart`]: () => json({ subscription: portalSubscription({ restarted_at: "2026-02-01T12:00:00.000Z" }) }),
      [`${BASE}/sub_1/retention-discount`]: () =>
        json({ subscription: portalSubscription({ next_price: { ...portalSubscription().next_price, retention_discount_percent: 20 } }) }),
      [`${BASE}/sub_1/address`]: () => json({ subscription: portalSubscription({ delivery_address: address }) }),
    })

    await undoSkip("sub_1")
    expect((await restartSubscription("sub_1", "2026-02-10")).restartedAt).toBe("2026-02-01T12:00:00.000Z")
    expect((await acceptRetentionDiscount("sub_1")).nextPrice?.retentionDiscountPercent).toBe(20)
    await changeDeliveryAddress("sub_1", { addressId: "addr_1" })
    const changed = await changeDeliveryAddress("sub_1", {
      address: {
        firstName: "Ann",
        lastName: "Lee",
        company: "",
        address1: "1 Main St",
        address2: "",
        city: "Portland",
        postalCode: "97209",
        province: "OR",
        countryCode: "us",
        phone: "",
      },
    })
    expect(changed.deliveryAddress).toMatchObject({ address1: "1 Main St", province: "OR", countryCode: "us" })

    expect(backend.requests.map((r) => [r.url.pathname, bodyOf(r)])).toEqual([
      [`${BASE}/sub_1/undo-skip`, {}],
      [`${BASE}/sub_1/restart`, { next_delivery_at: "2026-02-10" }],
      [`${BASE}/sub_1/retention-discount`, {}],
      [`${BASE}/sub_1/address`, { address_id: "addr_1" }],
      // Empty optional fields are left out: the backend's address schema is strict.
      [`${BASE}/sub_1/address`, { address }],
    ])
  })

  it("shows the backend's reason when an action is refused", async () => {
    fakeBackend({
      [`${BASE}/sub_1/skip`]: () =>
        json(
          { type: "not_allowed", message: "This subscription is paused, so there is no upcoming delivery to skip. Resume it first." },
          409
        ),
    })

    const error = await skipNextDelivery("sub_1").catch((e: unknown) => e)

    expect(error).toBeInstanceOf(BackendRequestError)
    expect(customerMessage(error)).toBe("This subscription is paused, so there is no upcoming delivery to skip. Resume it first.")
  })

  it("is not found when it belongs to someone else", async () => {
    fakeBackend({ [`${BASE}/sub_other`]: () => json({ type: "not_found", message: "Subscription not found" }, 404) })

    await expect(getSubscription("sub_other")).rejects.toBeInstanceOf(NotFoundError)
  })
})
