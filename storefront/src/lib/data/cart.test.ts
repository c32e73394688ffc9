import { describe, expect, it, vi } from "vitest"
import { cookieJar, cookieOptions, resetCookies } from "@/test/fake-cookies"
import { bodyOf, fakeBackend, json, TEST_PUBLISHABLE_KEY, US_REGION, useFakeBackend } from "@/test/fake-backend"
import { addLineItem, getCart, getCartItemCount, removeLineItem, updateLineItemQuantity } from "./cart"
import { BackendRequestError, customerMessage } from "./errors"

vi.mock("next/headers", async () => (await import("@/test/fake-cookies")).nextHeadersMock)

useFakeBackend({})

/** A cart as the backend returns it: one subscription line at 15% off and one one-time line. */
function storeCart(overrides: Record<string, unknown> = {}) {
  return {
    id: "cart_1",
    email: null,
    customer_id: null,
    region_id: "reg_us",
    currency_code: "usd",
    items: [
      {
        id: "line_sub",
        variant_id: "variant_30",
        product_handle: "daily-balance-probiotic",
        product_title: "Daily Balance Probiotic",
        variant_title: "30 capsules",
        quantity: 2,
        unit_price: 25.49,
        compare_at_unit_price: 29.99,
        total: 50.98,
        metadata: { subscription_interval_days: 60, subscription_discount_percent: 15 },
      },
      {
        id: "line_once",
        variant_id: "variant_60",
        product_title: "Gut Restore 50",
        variant_title: "60 capsules",
        quantity: 1,
        unit_price: 49.99,
        compare_at_unit_price: null,
        total: 49.99,
        metadata: {},
      },
    ],
    item_subtotal: 100.97,
    total: 100.97,
    region: { countries: [{ iso_2: "us", display_name: "United States" }] },
    ...overrides,
  }
}

describe("a visitor's cart", () => {
  it("is none, without asking the backend, for a visitor who never added anything", async () => {
    const backend = fakeBackend({})

    await expect(getCart()).resolves.toBeNull()
    await expect(getCartItemCount()).resolves.toBe(0)
    expect(backend.fetchMock).not.toHaveBeenCalled()
  })

  it("is read from the cart cookie, never from a shared cache", async () => {
    resetCookies({ _biome_cart_id: "cart_1" })
    const backend = fakeBackend({ "/store/carts/cart_1": () => json({ cart: storeCart() }) })

    const cart = await getCart()

    expect(cart?.id).toBe("cart_1")
    const request = backend.requests[0]!
    expect(request.init.cache).toBe("no-store")
    expect(request.init.next).toBeUndefined()
    expect(request.headers.get("x-publishable-api-key")).toBe(TEST_PUBLISHABLE_KEY)
    expect(request.headers.get("authorization")).toBeNull()
  })

  it("sends the logged-in customer's token from the cookie", async () => {
    resetCookies({ _biome_cart_id: "cart_1", _biome_jwt: "jwt-of-jane" })
    const backend = fakeBackend({ "/store/carts/cart_1": () => json({ cart: storeCart() }) })

    await getCart()

    expect(backend.requests[0]!.headers.get("authorization")).toBe("Bearer jwt-of-jane")
  })

  it("shows a subscription line with its interval, discount and saving per delivery", async () => {
    resetCookies({ _biome_cart_id: "cart_1" })
    fakeBackend({ "/store/carts/cart_1": () => json({ cart: storeCart() }) })

    const cart = await getCart()
    const [subscription, once] = cart!.lines

    expect(subscription?.subscription).toEqual({
      intervalDays: 60,
      discountPercent: 15,
      savingPerDelivery: { amount: 9, currencyCode: "usd" },
    })
    expect(subscription?.compareAtUnitPrice).toEqual({ amount: 29.99, currencyCode: "usd" })
    expect(once?.subscription).toBeNull()
    expect(cart!.countries).toEqual([{ code: "us", name: "United States" }])
  })

  it("is forgotten once it has been completed or deleted", async () => {
    resetCookies({ _biome_cart_id: "cart_1" })
    fakeBackend({ "/store/carts/cart_1": () => json({ cart: storeCart({ completed_at: "2026-01-01T00:00:00Z" }) }) })
    await expect(getCart()).resolves.toBeNull()

    fakeBackend({ "/store/carts/cart_1": () => json({ type: "not_found", message: "Cart id not found" }, 404) })
    await expect(getCart()).resolves.toBeNull()
  })

  it("counts its items for the header, and shows 0 rather than failing the page", async () => {
    resetCookies({ _biome_cart_id: "cart_1" })
    fakeBackend({ "/store/carts/cart_1": () => json({ cart: storeCart() }) })
    await expect(getCartItemCount()).resolves.toBe(3)

    fakeBackend({ "/store/carts/cart_1": () => json({ message: "boom" }, 500) })
    await expect(getCartItemCount()).resolves.toBe(0)
  })
})

describe("adding to the cart", () => {
  it("creates a cart in the US region for a first-time visitor and keeps its id in an httpOnly cookie", async () => {
    const backend = fakeBackend({
      "/store/regions": () => json({ regions: [US_REGION] }),
      "/store/carts": () => json({ cart: storeCart({ items: [] }) }),
      "/store/carts/cart_1/line-items": () => json({ cart: storeCart() }),
    })

    await addLineItem({ variantId: "variant_60", quantity: 1 })

    const create = backend.requests.find((r) => r.url.pathname === "/store/carts")!
    expect(create.init.method).toBe("POST")
    expect(bodyOf(create)).toEqual({ region_id: "reg_us" })
    expect(cookieJar.get("_biome_cart_id")).toBe("cart_1")
    expect(cookieOptions.get("_biome_cart_id")).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/" })
    const add = backend.requests.find((r) => r.url.pathname === "/store/carts/cart_1/line-items")!
    expect(bodyOf(add)).toEqual({ variant_id: "variant_60", quantity: 1 })
  })

  it("asks for subscribe-and-save with the interval in the line's metadata", async () => {
    resetCookies({ _biome_cart_id: "cart_1" })
    const backend = fakeBackend({
      "/store/carts/cart_1": () => json({ cart: storeCart({ items: [] }) }),
      "/store/carts/cart_1/line-items": () => json({ cart: storeCart() }),
    })

    const cart = await addLineItem({ variantId: "variant_30", quantity: 2, intervalDays: 60 })

    const add = backend.requests.find((r) => r.url.pathname === "/store/carts/cart_1/line-items")!
    expect(bodyOf(add)).toEqual({ variant_id: "variant_30", quantity: 2, metadata: { subscription_interval_days: 60 } })
    expect(cart.lines[0]?.subscription?.intervalDays).toBe(60)
    expect(backend.requests.some((r) => r.url.pathname === "/store/carts" && r.init.method === "POST")).toBe(false)
  })

  it("passes on the backend's reason when an interval is not offered", async () => {
    resetCookies({ _biome_cart_id: "cart_1" })
    fakeBackend({
      "/store/carts/cart_1": () => json({ cart: storeCart({ items: [] }) }),
      "/store/carts/cart_1/line-items": () =>
        json({ type: "invalid_data", message: "Daily Balance Probiotic can be delivered every 30, 60 or 90 days, not every 45" }, 400),
    })

    const error = await addLineItem({ variantId: "variant_30", quantity: 1, intervalDays: 45 }).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(BackendRequestError)
    expect(customerMessage(error)).toBe("Daily Balance Probiotic can be delivered every 30, 60 or 90 days, not every 45.")
  })

  it("changes a quantity and removes a line of the visitor's own cart", async () => {
    resetCookies({ _biome_cart_id: "cart_1" })
    const backend = fakeBackend({
      "/store/carts/cart_1/line-items/line_once": (_url, init) =>
        init.method === "DELETE" ? json({ id: "line_once", deleted: true }) : json({ cart: storeCart() }),
    })

    await updateLineItemQuantity("line_once", 3)
    await removeLineItem("line_once")

    expect(backend.requests.map((r) => [r.init.method, bodyOf(r)])).toEqual([
      ["POST", { quantity: 3 }],
      ["DELETE", undefined],
    ])
  })
})
