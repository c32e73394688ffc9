import { fireEvent, render, screen, waitFor } from "@testing-library/react"
import { afterEach, describe, expect, it, vi } from "vitest"
import { addToNextDeliveryAction } from "@/lib/actions/subscriptions"
import type { UpcomingDelivery } from "@/lib/subscriptions"
import { AddToNextDelivery } from "./add-to-next-delivery"

vi.mock("@/lib/actions/subscriptions", () => ({
  addToNextDeliveryAction: vi.fn(async () => ({
    status: "success",
    message: "Added to your delivery of January 14, 2027: 1 × Gut Restore 50, 30 capsules.",
  })),
}))

const size = { id: "variant_gut_30", title: "30 capsules", priceLabel: "$39.99", stock: "in_stock" as const }
const daily: UpcomingDelivery = {
  subscriptionId: "sub_daily",
  name: "Daily Balance Probiotic, 30 capsules",
  deliveryAt: "2027-01-14T09:00:00.000Z",
}
const skin: UpcomingDelivery = { subscriptionId: "sub_skin", name: "Skin Calm, 60 capsules", deliveryAt: "2027-02-02T09:00:00.000Z" }

/** The browser's /api/visitor answer; the page itself knows nothing about the visitor. */
function visitor(deliveries: UpcomingDelivery[] | undefined) {
  const asked: string[] = []
  vi.stubGlobal("fetch", async (input: string) => {
    asked.push(String(input))
    return Response.json({ cartCount: 0, ...(deliveries ? { deliveries } : {}) })
  })
  return asked
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.clearAllMocks()
})

describe("'Add to my next delivery' on a product page", () => {
  it("is offered to a subscriber, found by the browser, for the chosen size at its one-time price", async () => {
    const asked = visitor([daily])
    const { container } = render(<AddToNextDelivery variant={size} />)
    expect(container.innerHTML).toBe("")

    const button = await screen.findByRole("button", { name: "Add to my next delivery" })
    expect(asked).toEqual(["/api/visitor?deliveries=1"])
    expect(screen.getByText("Your Daily Balance Probiotic, 30 capsules arrives next on January 14, 2027.")).toBeTruthy()
    expect(screen.getByText(/30 capsules at the one-time price of \$39\.99, billed and shipped with that delivery/)).toBeTruthy()
    const form = button.closest("form")!
    expect(Object.fromEntries(new FormData(form))).toEqual({ variant_id: "variant_gut_30", subscription_id: "sub_daily", quantity: "1" })

    fireEvent.click(button)
    await waitFor(() => expect(addToNextDeliveryAction).toHaveBeenCalledTimes(1))
    expect(await screen.findByText("Added to your delivery of January 14, 2027: 1 × Gut Restore 50, 30 capsules.")).toBeTruthy()
  })

  it("lets a customer with several subscriptions choose the delivery", async () => {
    visitor([daily, skin])
    render(<AddToNextDelivery variant={size} />)
    const choice = (await screen.findByRole("combobox", { name: "Delivery" })) as HTMLSelectElement
    expect([...choice.options].map((o) => [o.value, o.textContent])).toEqual([
      ["sub_daily", "Daily Balance Probiotic, 30 capsules, January 14, 2027"],
      ["sub_skin", "Skin Calm, 60 capsules, February 2, 2027"],
    ])
    fireEvent.change(choice, { target: { value: "sub_skin" } })
    expect(new FormData(choice.form!).get("subscription_id")).toBe("sub_skin")
  })

  it("cannot add a sold-out size", async () => {
    visitor([daily])
    render(<AddToNextDelivery variant={{ ...size, stock: "out_of_stock" }} />)
    expect(await screen.findByRole("button", { name: "Add to my next delivery" })).toHaveProperty("disabled", true)
  })

  it("is not there for a visitor without a subscription or not logged in", async () => {
    const asked = visitor([])
    const { container } = render(<AddToNextDelivery variant={size} />)
    await waitFor(() => expect(asked).toHaveLength(1))
    expect(container.innerHTML).toBe("")
  })
})
