import { refresh } from "next/cache"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { addLineItem } from "@/lib/data/cart"
import { BackendRequestError, BackendUnavailableError } from "@/lib/data/errors"
import { cancelSubscription, skipNextDelivery, toSubscription } from "@/lib/data/subscriptions"
import { IDLE } from "@/lib/forms"
import { portalSubscription } from "@/test/subscription-fixtures"
import { addToCartAction } from "./cart"
import { cancelAction, skipDeliveryAction } from "./subscriptions"

vi.mock("next/cache", () => ({ refresh: vi.fn() }))
vi.mock("@/lib/data/cart", () => ({ addLineItem: vi.fn(), removeLineItem: vi.fn(), updateLineItemQuantity: vi.fn() }))
vi.mock("@/lib/data/subscriptions", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/data/subscriptions")>()),
  skipNextDelivery: vi.fn(),
  cancelSubscription: vi.fn(),
}))

function form(fields: Record<string, string>): FormData {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

beforeEach(() => vi.clearAllMocks())

describe("adding to the cart from the product page", () => {
  it("adds a subscription with its interval and refreshes the page", async () => {
    const state = await addToCartAction(IDLE, form({ variant_id: "variant_30", quantity: "2", purchase: "subscription", interval_days: "60" }))

    expect(addLineItem).toHaveBeenCalledWith({ variantId: "variant_30", quantity: 2, intervalDays: 60 })
    expect(refresh).toHaveBeenCalled()
    expect(state).toEqual({ status: "success", message: "Added to your cart as a subscription, delivered every 60 days." })
  })

  it("ignores the frequency select for a one-time purchase", async () => {
    await addToCartAction(IDLE, form({ variant_id: "variant_30", quantity: "1", purchase: "one_time", interval_days: "30" }))

    expect(addLineItem).toHaveBeenCalledWith({ variantId: "variant_30", quantity: 1, intervalDays: null })
  })

  it("asks for what is missing instead of calling the backend", async () => {
    expect(await addToCartAction(IDLE, form({ quantity: "1" }))).toEqual({ status: "error", message: "Please choose a size." })
    expect((await addToCartAction(IDLE, form({ variant_id: "v", quantity: "99" }))).message).toMatch(/quantity from 1 to 10/)
    expect((await addToCartAction(IDLE, form({ variant_id: "v", purchase: "subscription" }))).message).toBe(
      "Please choose how often you'd like a delivery."
    )
    expect(addLineItem).not.toHaveBeenCalled()
  })

  it("tells the customer in words when the backend refuses or is down", async () => {
    vi.mocked(addLineItem).mockRejectedValueOnce(
      new BackendRequestError("rejected", 400, { detail: "Daily Balance Probiotic is not offered every 45 days" })
    )
    expect((await addToCartAction(IDLE, form({ variant_id: "v", purchase: "subscription", interval_days: "45" }))).message).toBe(
      "Daily Balance Probiotic is not offered every 45 days."
    )

    vi.mocked(addLineItem).mockRejectedValueOnce(new BackendUnavailableError("down", 503))
    expect((await addToCartAction(IDLE, form({ variant_id: "v" }))).message).toBe(
      "Our shop isn't answering right now. Please try again in a minute."
    )
  })
})

describe("the subscription portal's actions", () => {
  it("confirms a skipped delivery with the new date", async () => {
    vi.mocked(skipNextDelivery).mockResolvedValueOnce(
      toSubscription(portalSubscription({ next_delivery_at: "2026-04-30T09:00:00.000Z" }) as Parameters<typeof toSubscription>[0])
    )

    const state = await skipDeliveryAction("sub_1", IDLE, form({}))

    expect(skipNextDelivery).toHaveBeenCalledWith("sub_1")
    expect(state).toEqual({ status: "success", message: "Done: that delivery is skipped. Your next delivery is on April 30, 2026." })
  })

  it("cancels only with one of the known reasons", async () => {
    expect((await cancelAction("sub_1", IDLE, form({ reason: "bored" }))).status).toBe("error")
    expect(cancelSubscription).not.toHaveBeenCalled()

    vi.mocked(cancelSubscription).mockResolvedValueOnce(
      toSubscription(portalSubscription({ status: "cancelled" }) as Parameters<typeof toSubscription>[0])
    )
    const state = await cancelAction("sub_1", IDLE, form({ reason: "switching_product", comment: " Trying the kids' one " }))

    expect(cancelSubscription).toHaveBeenCalledWith("sub_1", "switching_product", "Trying the kids' one")
    expect(state.status).toBe("success")
  })
})
