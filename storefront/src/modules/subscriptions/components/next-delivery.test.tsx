import { fireEvent, render, screen, waitFor, within } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { removeFromNextDeliveryAction } from "@/lib/actions/subscriptions"
import { toSubscription } from "@/lib/data/subscriptions"
import { addedItem, portalSubscription } from "@/test/subscription-fixtures"
import { NextDeliveryItems, SubscriptionFacts } from "./next-delivery"

vi.mock("@/lib/actions/subscriptions", () => ({
  removeFromNextDeliveryAction: vi.fn(async () => ({ status: "success", message: "Removed from your next delivery." })),
}))

beforeEach(() => vi.clearAllMocks())

const subscription = (overrides: Record<string, unknown> = {}) =>
  toSubscription(portalSubscription(overrides) as Parameters<typeof toSubscription>[0])

const twoAdded = {
  next_delivery_items: [
    addedItem(),
    addedItem({
      variant_id: "variant_skin_60",
      quantity: 1,
      variant_title: "60 capsules",
      product: { id: "prod_skin", title: "Skin Calm", handle: "skin-calm", thumbnail: null },
      unit_price: 44.5,
      total: 44.5,
    }),
  ],
  next_delivery_total: 149.97,
}

describe("what was added to the next delivery, in the portal", () => {
  it("lists each added product with its size, quantity and price, and the delivery's total with them", () => {
    render(<NextDeliveryItems sub={subscription(twoAdded)} />)

    const section = screen.getByRole("region", { name: "Added to your next delivery" })
    const items = within(section).getAllByRole("listitem")
    expect(items.map((i) => i.textContent)).toEqual([
      "Gut Restore 50, 30 capsules · 2 × $39.99 = $79.98Remove Gut Restore 50, 30 capsules",
      "Skin Calm, 60 capsules · 1 × $44.50Remove Skin Calm, 60 capsules",
    ])
    expect(within(items[0]!).getByRole("link", { name: "Gut Restore 50, 30 capsules" }).getAttribute("href")).toBe(
      "/products/gut-restore-50"
    )
    expect(section.querySelector(".subscription__added-total")?.textContent).toBe(
      "Next delivery total: $149.97 (your subscription $25.49 and the products added)"
    )
  })

  it("removes one product with its own button and shows the answer", async () => {
    render(<NextDeliveryItems sub={subscription(twoAdded)} />)

    fireEvent.click(screen.getByRole("button", { name: "Remove Skin Calm, 60 capsules" }))

    await waitFor(() => expect(removeFromNextDeliveryAction).toHaveBeenCalledTimes(1))
    expect(vi.mocked(removeFromNextDeliveryAction).mock.calls[0]!.slice(0, 2)).toEqual(["sub_1", "variant_skin_60"])
    expect(await screen.findByText("Removed from your next delivery.")).toBeTruthy()
  })

  it("shows nothing when nothing was added, or for a cancelled subscription", () => {
    const { container } = render(
      <>
        <NextDeliveryItems sub={subscription()} />
        <NextDeliveryItems sub={subscription({ ...twoAdded, status: "cancelled" })} />
      </>
    )
    expect(container.innerHTML).toBe("")
  })

  it("keeps the subscription's own next price beside the added products", () => {
    render(<SubscriptionFacts sub={subscription(twoAdded)} />)
    expect(screen.getByText("Next price").nextElementSibling?.textContent).toMatch(/^\$25\.49/)
  })
})
