import { refresh } from "next/cache"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { BackendRequestError, NotAuthenticatedError, NotFoundError } from "@/lib/data/errors"
import { addToNextDelivery, removeFromNextDelivery, toSubscription } from "@/lib/data/subscriptions"
import { IDLE } from "@/lib/forms"
import { addedItem, portalSubscription } from "@/test/subscription-fixtures"
import { addToNextDeliveryAction, removeFromNextDeliveryAction } from "./subscriptions"

vi.mock("next/cache", () => ({ refresh: vi.fn() }))
vi.mock("@/lib/data/subscriptions", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/data/subscriptions")>()),
  addToNextDelivery: vi.fn(),
  removeFromNextDelivery: vi.fn(),
}))

function form(fields: Record<string, string>): FormData {
  const data = new FormData()
  for (const [name, value] of Object.entries(fields)) data.set(name, value)
  return data
}

const withItem = () => toSubscription(portalSubscription({ next_delivery_items: [addedItem()] }) as Parameters<typeof toSubscription>[0])

beforeEach(() => vi.clearAllMocks())

describe("adding a product to the next delivery from its page", () => {
  it("adds the chosen size and quantity and confirms with the delivery's date", async () => {
    vi.mocked(addToNextDelivery).mockResolvedValue(withItem())

    const state = await addToNextDeliveryAction(IDLE, form({ subscription_id: "sub_1", variant_id: "variant_gut_30", quantity: "2" }))

    expect(addToNextDelivery).toHaveBeenCalledWith("sub_1", "variant_gut_30", 2)
    expect(state).toEqual({
      status: "success",
      message: "Added to your delivery of March 1, 2026: 2 × Gut Restore 50, 30 capsules.",
    })
  })

  it("asks for what is missing or out of bounds instead of calling the backend", async () => {
    expect(await addToNextDeliveryAction(IDLE, form({ variant_id: "v" }))).toEqual({
      status: "error",
      message: "Please choose which delivery to add this to.",
    })
    expect((await addToNextDeliveryAction(IDLE, form({ subscription_id: "sub_1" }))).message).toBe("Please choose a size.")
    for (const quantity of ["0", "11", "two", "1.5"]) {
      const state = await addToNextDeliveryAction(IDLE, form({ subscription_id: "sub_1", variant_id: "v", quantity }))
      expect(state).toEqual({ status: "error", message: "Please choose a quantity from 1 to 10." })
    }
    expect(addToNextDelivery).not.toHaveBeenCalled()
  })

  it("passes on the backend's reason, and asks a visitor who is not logged in to log in", async () => {
    vi.mocked(addToNextDelivery).mockRejectedValueOnce(
      new BackendRequestError("adding failed", 400, { detail: "Variant variant_x is not a product this shop sells" })
    )
    expect((await addToNextDeliveryAction(IDLE, form({ subscription_id: "sub_1", variant_id: "variant_x" }))).message).toBe(
      "Variant variant_x is not a product this shop sells."
    )
    vi.mocked(addToNextDelivery).mockRejectedValueOnce(new NotFoundError("This subscription"))
    expect((await addToNextDeliveryAction(IDLE, form({ subscription_id: "sub_theirs", variant_id: "v" }))).message).toBe(
      "This subscription could not be found. It may have been removed."
    )
    vi.mocked(addToNextDelivery).mockRejectedValueOnce(new NotAuthenticatedError())
    expect((await addToNextDeliveryAction(IDLE, form({ subscription_id: "sub_1", variant_id: "v" }))).message).toBe(
      "Please log in to continue."
    )
  })
})

describe("removing an added product in the portal", () => {
  it("removes it, confirms and refreshes the portal", async () => {
    vi.mocked(removeFromNextDelivery).mockResolvedValue(toSubscription(portalSubscription() as Parameters<typeof toSubscription>[0]))
    const state = await removeFromNextDeliveryAction("sub_1", "variant_gut_30", IDLE, new FormData())
    expect(removeFromNextDelivery).toHaveBeenCalledWith("sub_1", "variant_gut_30")
    expect(refresh).toHaveBeenCalled()
    expect(state).toEqual({ status: "success", message: "Removed from your next delivery." })
  })
})
