import { describe, expect, it, vi } from "vitest"
import { fakeBackend, json, useFakeBackend } from "@/test/fake-backend"
import { NotFoundError } from "./errors"
import { getCustomerOrder, listOrders } from "./orders"

vi.mock("next/headers", async () => (await import("@/test/fake-cookies")).nextHeadersMock)

useFakeBackend({ _biome_jwt: "jwt-of-jane" })

const order = (customerId: string) => ({
  id: "order_1",
  display_id: 12,
  created_at: "2026-01-01T00:00:00.000Z",
  status: "pending",
  currency_code: "usd",
  customer_id: customerId,
  total: 55.93,
  item_subtotal: 50.98,
  shipping_total: 4.95,
  items: [
    {
      id: "li_1",
      product_title: "Daily Balance Probiotic",
      variant_title: "30 capsules",
      quantity: 2,
      unit_price: 25.49,
      total: 50.98,
      metadata: { subscription_interval_days: 60 },
    },
  ],
})

describe("a customer's orders", () => {
  it("are listed newest first with the customer's token", async () => {
    const backend = fakeBackend({ "/store/orders": () => json({ orders: [order("cus_jane")], count: 1 }) })

    const { orders } = await listOrders()

    expect(orders[0]).toMatchObject({ id: "order_1", displayId: 12, total: { amount: 55.93, currencyCode: "usd" } })
    expect(backend.requests[0]!.url.searchParams.get("order")).toBe("-created_at")
    expect(backend.requests[0]!.headers.get("authorization")).toBe("Bearer jwt-of-jane")
  })

  it("shows an order's lines, marking the subscription's first delivery", async () => {
    fakeBackend({ "/store/orders/order_1": () => json({ order: order("cus_jane") }) })

    const detail = await getCustomerOrder("order_1", "cus_jane")

    expect(detail.lines[0]).toMatchObject({ title: "Daily Balance Probiotic", quantity: 2, subscriptionIntervalDays: 60 })
  })

  it("does not show one customer another customer's order", async () => {
    fakeBackend({ "/store/orders/order_1": () => json({ order: order("cus_someone_else") }) })

    await expect(getCustomerOrder("order_1", "cus_jane")).rejects.toBeInstanceOf(NotFoundError)
  })
})
