import { refresh } from "next/cache"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { addLineItem } from "@/lib/data/cart"
import { confirmNewsletter, subscribeToNewsletter, unsubscribeFromNewsletter } from "@/lib/data/engagement"
import { BackendRequestError, BackendUnavailableError, NotFoundError } from "@/lib/data/errors"
import { cancelSubscription, skipNextDelivery, toSubscription } from "@/lib/data/subscriptions"
import { IDLE } from "@/lib/forms"
import { portalSubscription } from "@/test/subscription-fixtures"
import { addToCartAction } from "./cart"
import { confirmNewsletterAction, newsletterAction, unsubscribeNewsletterAction } from "./engagement"
import { cancelAction, skipDeliveryAction } from "./subscriptions"

vi.mock("next/cache", () => ({ refresh: vi.fn() }))
vi.mock("@/lib/data/cart", () => ({ addLineItem: vi.fn(), removeLineItem: vi.fn(), updateLineItemQuantity: vi.fn() }))
vi.mock("@/lib/data/engagement", () => ({
  subscribeToNewsletter: vi.fn(),
  confirmNewsletter: vi.fn(),
  unsubscribeFromNewsletter: vi.fn(),
  requestBackInStockNotice: vi.fn(),
}))
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
    const state = await addToCartAction(
      IDLE,
      form({ variant_id: "variant_30", quantity: "2", purchase: "subscription", interval_days: "60" })
    )

    expect(addLineItem).toHaveBeenCalledWith({ variantId: "variant_30", quantity: 2, intervalDays: 60 })
    expect(refresh).toHaveBeenCalled()
    expect(state).toEqual({
      status: "success",
      message: "Added to your cart as a subscription, delivered every 60 days.",
      // Returned so the page, also when posted without JavaScript, shows the choice just added.
      added: { variantId: "variant_30", mode: "subscription", intervalDays: 60, quantity: 2 },
    })
  })

  it("ignores the frequency select for a one-time purchase", async () => {
    const state = await addToCartAction(IDLE, form({ variant_id: "variant_30", quantity: "1", purchase: "one_time", interval_days: "30" }))

    expect(addLineItem).toHaveBeenCalledWith({ variantId: "variant_30", quantity: 1, intervalDays: null })
    expect(state.added).toEqual({ variantId: "variant_30", mode: "one_time", intervalDays: null, quantity: 1 })
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
    expect(state).toEqual({
      status: "success",
      message: "Done: that delivery is skipped. Your next delivery is on April 30, 2026. Changed your mind? Undo the skip.",
    })
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

describe("the newsletter's double opt-in", () => {
  const TOKEN = "eyJlIjoiamFuZUBleGFtcGxlLmNvbSJ9.c2lnbmF0dXJl"

  it("asks a new reader to confirm from their inbox within 7 days", async () => {
    vi.mocked(subscribeToNewsletter).mockResolvedValueOnce("pending")

    const state = await newsletterAction(IDLE, form({ email: " Jane@Example.com ", source: "guide:fermented-foods" }))

    expect(subscribeToNewsletter).toHaveBeenCalledWith("jane@example.com", "guide:fermented-foods")
    expect(state.status).toBe("success")
    expect(state.message).toContain("check your inbox at jane@example.com")
    expect(state.message).toContain("click the link")
    expect(state.message).toContain("7 days")
  })

  it("tells a reader who confirmed before that they are already on the list", async () => {
    vi.mocked(subscribeToNewsletter).mockResolvedValueOnce("subscribed")

    const state = await newsletterAction(IDLE, form({ email: "jane@example.com" }))

    expect(state.status).toBe("success")
    expect(state.message).toMatch(/already on our list/)
    expect(state.message).not.toMatch(/inbox at|7 days/)
  })

  it("confirms a subscription with the token from the link", async () => {
    vi.mocked(confirmNewsletter).mockResolvedValueOnce({ email: "jane@example.com", status: "subscribed" })

    const state = await confirmNewsletterAction(IDLE, form({ token: TOKEN }))

    expect(confirmNewsletter).toHaveBeenCalledWith(TOKEN)
    expect(state).toEqual({ status: "success", message: "Thank you, you're subscribed! Our next letter will go to jane@example.com." })
  })

  it("explains an expired link, a reader who left since, and an unknown address in words", async () => {
    vi.mocked(confirmNewsletter).mockRejectedValueOnce(
      new BackendRequestError("rejected", 400, { detail: "This confirmation link has expired. Please sign up again" })
    )
    expect(await confirmNewsletterAction(IDLE, form({ token: TOKEN }))).toEqual({
      status: "error",
      message: "This confirmation link has expired. Please sign up again.",
    })

    vi.mocked(confirmNewsletter).mockRejectedValueOnce(
      new BackendRequestError("rejected", 409, { detail: "You unsubscribed after this link was sent. Please sign up again." })
    )
    expect((await confirmNewsletterAction(IDLE, form({ token: TOKEN }))).message).toBe(
      "You unsubscribed after this link was sent. Please sign up again."
    )

    // A backend message not fit for readers gives way to ours, which still says what to do.
    vi.mocked(confirmNewsletter).mockRejectedValueOnce(new BackendRequestError("rejected", 400, { detail: 'Error: {"token"}' }))
    expect((await confirmNewsletterAction(IDLE, form({ token: TOKEN }))).message).toMatch(/work for 7 days; please sign up again/)
    vi.mocked(confirmNewsletter).mockRejectedValueOnce(new BackendRequestError("rejected", 409))
    expect((await confirmNewsletterAction(IDLE, form({ token: TOKEN }))).message).toMatch(/You unsubscribed .* sign up once more/)

    vi.mocked(confirmNewsletter).mockRejectedValueOnce(new NotFoundError("Newsletter sign-up"))
    expect((await confirmNewsletterAction(IDLE, form({ token: TOKEN }))).message).toBe(
      "We couldn't find a newsletter sign-up for this link. Please sign up again and we'll send you a new one."
    )

    vi.mocked(confirmNewsletter).mockRejectedValueOnce(new BackendUnavailableError("down", 503))
    expect((await confirmNewsletterAction(IDLE, form({ token: TOKEN }))).message).toBe(
      "Our shop isn't answering right now. Please try again in a minute."
    )
  })

  it("unsubscribes with the token from the link, and says when the link is bad or the address unknown", async () => {
    vi.mocked(unsubscribeFromNewsletter).mockResolvedValueOnce({ email: "jane@example.com", status: "unsubscribed" })
    expect(await unsubscribeNewsletterAction(IDLE, form({ token: TOKEN }))).toEqual({
      status: "success",
      message: "Done: we won't send our newsletter to jane@example.com any more. You're welcome back whenever you like.",
    })
    expect(unsubscribeFromNewsletter).toHaveBeenCalledWith(TOKEN)

    vi.mocked(unsubscribeFromNewsletter).mockRejectedValueOnce(
      new BackendRequestError("rejected", 400, { detail: "This unsubscribe link is not valid." })
    )
    expect(await unsubscribeNewsletterAction(IDLE, form({ token: TOKEN }))).toEqual({
      status: "error",
      message: "This unsubscribe link is not valid.",
    })

    vi.mocked(unsubscribeFromNewsletter).mockRejectedValueOnce(new NotFoundError("Newsletter sign-up"))
    expect((await unsubscribeNewsletterAction(IDLE, form({ token: TOKEN }))).message).toBe(
      "We couldn't find this address on our newsletter list, so there's nothing to unsubscribe."
    )
  })

  it("does not call the backend for a link without its token or with an overlong one", async () => {
    for (const action of [confirmNewsletterAction, unsubscribeNewsletterAction]) {
      expect((await action(IDLE, form({}))).message).toMatch(/missing part of its address/)
      expect((await action(IDLE, form({ token: "   " }))).status).toBe("error")
      expect((await action(IDLE, form({ token: "a".repeat(1001) }))).message).toMatch(/longer than the ones we send/)
    }
    expect(confirmNewsletter).not.toHaveBeenCalled()
    expect(unsubscribeFromNewsletter).not.toHaveBeenCalled()

    vi.mocked(confirmNewsletter).mockResolvedValueOnce({ email: "jane@example.com", status: "subscribed" })
    expect((await confirmNewsletterAction(IDLE, form({ token: "a".repeat(1000) }))).status).toBe("success")
  })
})
