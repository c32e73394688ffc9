import { render, screen, within } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"
import { toSubscription } from "@/lib/data/subscriptions"
import { immuneDailyDefence } from "@/test/catalog-fixtures"
import { portalSubscription } from "@/test/subscription-fixtures"
import { SubscriptionCard } from "./subscription-card"

vi.mock("@/lib/actions/subscriptions", () => {
  const action = vi.fn(async () => ({ status: "idle", message: "" }))
  return {
    skipDeliveryAction: action,
    sendNowAction: action,
    pauseAction: action,
    resumeAction: action,
    changeFrequencyAction: action,
    changeQuantityAction: action,
    swapVariantAction: action,
    changeDateAction: action,
    cancelAction: action,
  }
})

const NOW = new Date("2026-02-01T12:00:00Z")
// The portal's product: the immune formula's sizes and its 30/60/90-day offer.
const product = immuneDailyDefence

function renderCard(overrides: Record<string, unknown> = {}) {
  const subscription = toSubscription(portalSubscription(overrides) as Parameters<typeof toSubscription>[0])
  render(<SubscriptionCard subscription={subscription} product={product} now={NOW} />)
  return screen.getByRole("article", { name: "Daily Balance Probiotic, 30 capsules" })
}

describe("a subscription in the portal", () => {
  it("shows the next delivery date and price with the saving", () => {
    const card = renderCard()

    expect(card.textContent).toContain("1 × every 60 days · 15% off")
    expect(within(card).getByText("Next delivery").nextElementSibling?.textContent).toBe("March 1, 2026")
    expect(within(card).getByText("Next price").nextElementSibling?.textContent).toBe("$25.49 (you save $4.50)")
    expect(within(card).getByRole("link", { name: "Order #7" }).getAttribute("href")).toBe("/account/orders/order_1")
  })

  it("offers skip, pause, every change and cancel while active, but not resume", () => {
    const card = renderCard()

    expect(within(card).getByRole("button", { name: "Skip next delivery" })).toBeTruthy()
    expect(within(card).getByRole("button", { name: "Send my next delivery now" })).toBeTruthy()
    expect(within(card).getByRole("button", { name: "Pause" })).toBeTruthy()
    expect(within(card).queryByRole("button", { name: "Resume" })).toBeNull()
    expect(within(card).getByRole("button", { name: "Cancel subscription" })).toBeTruthy()

    const frequency = within(card).getByRole("combobox", { name: "Deliver every" }) as HTMLSelectElement
    expect(frequency.value).toBe("60")
    expect([...frequency.options].map((o) => o.value)).toEqual(["30", "60", "90"])
    expect(within(card).getByRole("spinbutton", { name: "Quantity per delivery" })).toHaveProperty("value", "1")
    const size = within(card).getByRole("combobox", { name: "Size" }) as HTMLSelectElement
    expect([...size.options].map((o) => o.text)).toEqual([
      "30 capsules, $31.99 before discount",
      "60 capsules, $54.99 before discount (out of stock)",
    ])
    // From tomorrow to two intervals (120 days) ahead, as the backend allows.
    const date = within(card).getByLabelText("Next delivery date") as HTMLInputElement
    expect([date.min, date.max, date.value]).toEqual(["2026-02-02", "2026-06-01", "2026-03-01"])
    expect(within(card).getByRole("button", { name: "Change frequency" })).toBeTruthy()
    expect(within(card).getByRole("button", { name: "Change quantity" })).toBeTruthy()
    expect(within(card).getByRole("button", { name: "Swap size" })).toBeTruthy()
    expect(within(card).getByRole("button", { name: "Change date" })).toBeTruthy()
  })

  it("asks for a reason before cancelling", () => {
    const card = renderCard()

    const reason = within(card).getByRole("combobox", { name: "Why are you cancelling?" }) as HTMLSelectElement
    expect(reason.required).toBe(true)
    expect([...reason.options].map((o) => o.value)).toEqual(["", "too_expensive", "not_needed", "switching_product", "side_effects", "other"])
  })

  it("offers resume but not skip while paused", () => {
    const card = renderCard({ status: "paused", allowed_actions: ["resume", "cancel", "change"], paused_until: "2026-04-01T00:00:00.000Z" })

    expect(within(card).getByRole("button", { name: "Resume" })).toBeTruthy()
    expect(within(card).queryByRole("button", { name: "Skip next delivery" })).toBeNull()
    expect(within(card).queryByRole("button", { name: "Pause" })).toBeNull()
    expect(within(card).getByText("Next delivery").nextElementSibling?.textContent).toBe("Paused until April 1, 2026")
  })

  it("explains a failed renewal payment", () => {
    const card = renderCard({
      status: "past_due",
      allowed_actions: ["pause", "cancel", "change"],
      last_failure_reason: "the card was declined",
      next_retry_at: "2026-02-04T09:00:00.000Z",
    })

    expect(card.textContent).toContain("Your last payment didn't go through: the card was declined. We'll try again on February 4, 2026.")
  })

  it("offers nothing to change once cancelled", () => {
    const card = renderCard({ status: "cancelled", allowed_actions: [], cancelled_at: "2026-01-20T00:00:00.000Z" })

    expect(within(card).queryAllByRole("button")).toHaveLength(0)
    expect(card.textContent).toContain("None: cancelled")
  })
})
