import { describe, expect, it, vi } from "vitest"
import { cookieJar } from "@/test/fake-cookies"
import { bodyOf, fakeBackend, json, useFakeBackend } from "@/test/fake-backend"
import { listShippingOptions, placeOrder, setCartContact, startPaymentSession } from "./checkout"

vi.mock("next/headers", async () => (await import("@/test/fake-cookies")).nextHeadersMock)

useFakeBackend({ _biome_cart_id: "cart_1" })

const cart = { id: "cart_1", currency_code: "usd", items: [] }
const address = {
  firstName: "Jane",
  lastName: "Doe",
  company: "",
  address1: "1 Main St",
  address2: "",
  city: "Portland",
  postalCode: "97201",
  province: "OR",
  countryCode: "US",
  phone: "",
}

describe("checking out", () => {
  it("saves the email with the address as both delivery and billing address", async () => {
    const backend = fakeBackend({ "/store/carts/cart_1": () => json({ cart }) })

    await setCartContact({ email: "jane@example.com", address })

    const sent = bodyOf(backend.requests[0]!) as Record<string, unknown>
    expect(sent.email).toBe("jane@example.com")
    expect(sent.shipping_address).toMatchObject({ first_name: "Jane", address_1: "1 Main St", country_code: "us" })
    expect(sent.billing_address).toEqual(sent.shipping_address)
  })

  it("lists the shipping options for this cart with their prices", async () => {
    const backend = fakeBackend({
      "/store/shipping-options": () => json({ shipping_options: [{ id: "so_std", name: "Standard shipping", amount: 4.95 }] }),
    })

    const options = await listShippingOptions({ id: "cart_1", currencyCode: "usd" })

    expect(backend.requests[0]!.url.searchParams.get("cart_id")).toBe("cart_1")
    expect(options).toEqual([{ id: "so_std", name: "Standard shipping", amount: { amount: 4.95, currencyCode: "usd" } }])
  })

  it("creates the payment collection once, then the session with the chosen provider", async () => {
    const backend = fakeBackend({
      "/store/payment-collections": () => json({ payment_collection: { id: "pc_1" } }),
      "/store/payment-collections/pc_1/payment-sessions": () => json({ payment_collection: { id: "pc_1" } }),
    })

    await startPaymentSession({ id: "cart_1", paymentCollectionId: null }, "pp_stripe_stripe", { setup_future_usage: "off_session" })

    expect(backend.requests.map((r) => [r.url.pathname, bodyOf(r)])).toEqual([
      ["/store/payment-collections", { cart_id: "cart_1" }],
      [
        "/store/payment-collections/pc_1/payment-sessions",
        { provider_id: "pp_stripe_stripe", data: { setup_future_usage: "off_session" } },
      ],
    ])
  })

  it("places the order, forgets the cart and remembers the order for its confirmation page", async () => {
    fakeBackend({ "/store/carts/cart_1/complete": () => json({ type: "order", order: { id: "order_1" } }) })

    await expect(placeOrder()).resolves.toEqual({ ok: true, orderId: "order_1" })
    expect(cookieJar.has("_biome_cart_id")).toBe(false)
    expect(cookieJar.get("_biome_last_order")).toBe("order_1")
  })

  it("explains a refusal, such as a guest checking out a subscription, and keeps the cart", async () => {
    fakeBackend({
      "/store/carts/cart_1/complete": () =>
        json(
          {
            type: "not_allowed",
            message: "Subscriptions need a customer account: log in or register before checking out a subscribe-and-save item",
          },
          400
        ),
    })

    await expect(placeOrder()).resolves.toEqual({
      ok: false,
      message: "Subscriptions need a customer account: log in or register before checking out a subscribe-and-save item.",
    })
    expect(cookieJar.get("_biome_cart_id")).toBe("cart_1")
  })

  it("explains a declined payment the backend reports on the cart", async () => {
    fakeBackend({
      "/store/carts/cart_1/complete": () => json({ type: "cart", cart, error: { message: "Your card was declined" } }),
    })

    await expect(placeOrder()).resolves.toEqual({ ok: false, message: "Your card was declined." })
  })
})
