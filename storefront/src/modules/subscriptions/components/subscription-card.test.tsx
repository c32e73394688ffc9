import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import * as actions from "@/lib/actions/subscriptions"
import { toSubscription } from "@/lib/data/subscriptions"
import { immuneDailyDefence } from "@/test/catalog-fixtures"
import { portalSubscription } from "@/test/subscription-fixtures"
import { SubscriptionCard } from "./subscription-card"

vi.mock("@/lib/actions/subscriptions", () => {
  const action = () => vi.fn(async () => ({ status: "idle", message: "" }))
  return {
    skipDeliveryAction: action(),
    sendNowAction: action(),
    pauseAction: action(),
    resumeAction: action(),
    changeFrequencyAction: action(),
    changeQuantityAction: action(),
    swapVariantAction: action(),
    changeDateAction: action(),
    cancelAction: action(),
    undoSkipAction: action(),
    restartAction: action(),
    acceptRetentionAction: action(),
    changeAddressAction: action(),
    removeFromNextDeliveryAction: action(),
    reviewCancelAction: vi.fn(async () => ({ status: "idle", message: "", review: null })),
  }
})

beforeEach(() => vi.clearAllMocks())

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
    expect([...reason.options].map((o) => o.value)).toEqual([
      "",
      "too_expensive",
      "not_needed",
      "switching_product",
      "side_effects",
      "other",
    ])
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

  it("once cancelled, shows no next price and offers only a restart", () => {
    const card = renderCard({
      status: "cancelled",
      allowed_actions: ["restart"],
      cancelled_at: "2026-01-20T00:00:00.000Z",
      next_price: null,
    })

    expect(
      within(card)
        .getAllByRole("button")
        .map((b) => b.textContent)
    ).toEqual(["Restart subscription"])
    expect(within(card).queryByText("Next price")).toBeNull()
    expect(card.textContent).toContain("None: cancelled")
    const date = within(card).getByLabelText("First delivery (optional)") as HTMLInputElement
    expect([date.min, date.max]).toEqual(["2026-02-02", "2026-06-01"])
  })

  it("shows the delivery address and offers my saved addresses, or a new one with the state from a list", () => {
    const card = renderCard({
      delivery_address: {
        first_name: "Ann",
        last_name: "Lee",
        address_1: "1 Main St",
        city: "Portland",
        province: "OR",
        postal_code: "97209",
        country_code: "us",
      },
    })

    expect(within(card).getByText("Delivery address").nextElementSibling?.textContent).toBe("Ann Lee, 1 Main St, Portland OR 97209, US")
    const choice = within(card).getByRole("combobox", { name: "Deliver to" }) as HTMLSelectElement
    expect([...choice.options].map((o) => o.value)).toEqual(["new"])
    const state = within(card).getByRole("combobox", { name: "State" }) as HTMLSelectElement
    expect(state.options).toHaveLength(52)
    expect([...state.options].some((o) => o.value === "WA" && o.text === "Washington")).toBe(true)
  })

  it("offers to undo a skip while the skipped date is ahead", () => {
    const card = renderCard({ skipped_delivery_at: "2026-02-20T09:00:00.000Z" })
    expect(within(card).getByRole("button", { name: "Undo skip (deliver on February 20, 2026)" })).toBeTruthy()
    cleanup()
    expect(within(renderCard()).queryByRole("button", { name: /Undo skip/ })).toBeNull()
  })

  it("keeps the pause date beside its button and the cancellation last, after the orders", () => {
    const card = renderCard()
    const pause = within(card).getByRole("button", { name: "Pause" }).closest("form")!
    expect(within(pause).getByLabelText("Pause until (optional)")).toBeTruthy()
    const cancel = within(card).getByRole("button", { name: "Cancel subscription" })
    const orders = within(card).getByRole("link", { name: "Order #7" })
    expect(orders.compareDocumentPosition(cancel) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(card.lastElementChild?.textContent).toContain("Why are you cancelling?")
  })

  it("shows only the latest action's answer, in one place", async () => {
    vi.mocked(actions.skipDeliveryAction).mockResolvedValueOnce({ status: "success", message: "Done: that delivery is skipped." })
    vi.mocked(actions.changeQuantityAction).mockResolvedValueOnce({ status: "success", message: "Done: 2 per delivery from now on." })
    const card = renderCard()
    const outlet = within(card).getByTestId("action-message")

    fireEvent.click(within(card).getByRole("button", { name: "Skip next delivery" }))
    await waitFor(() => expect(outlet.textContent).toBe("Done: that delivery is skipped."))
    fireEvent.click(within(card).getByRole("button", { name: "Change quantity" }))
    await waitFor(() => expect(outlet.textContent).toBe("Done: 2 per delivery from now on."))

    const shown = [...card.querySelectorAll(".form-message")].map((m) => m.textContent).filter(Boolean)
    expect(shown).toEqual(["Done: 2 per delivery from now on."])
  })
})

describe("cancelling in the portal", () => {
  const review = (alternatives: string[]) => ({
    status: "idle" as const,
    message: "",
    review: { reason: "too_expensive" as const, comment: "", alternatives, longerIntervalDays: 90, discountPercent: 20 },
  })

  it("asks why first, then offers the alternatives for that reason beside the confirmation", async () => {
    vi.mocked(actions.reviewCancelAction).mockResolvedValueOnce(review(["discount", "longer_interval", "skip"]) as never)
    const card = renderCard()

    fireEvent.change(within(card).getByRole("combobox", { name: "Why are you cancelling?" }), { target: { value: "too_expensive" } })
    fireEvent.click(within(card).getByRole("button", { name: "Cancel subscription" }))

    const group = await within(card).findByRole("group", { name: "Before you cancel" })
    expect(
      within(group)
        .getAllByRole("button")
        .map((b) => b.textContent)
    ).toEqual([
      "Take 20% off my next delivery",
      "Deliver every 90 days instead",
      "Skip next delivery instead",
      "Yes, cancel my subscription",
      "Keep my subscription",
    ])
    expect(actions.cancelAction).not.toHaveBeenCalled()
    const sent = vi.mocked(actions.reviewCancelAction).mock.calls[0]![2] as FormData
    expect(sent.get("reason")).toBe("too_expensive")
  })

  it("taking an alternative closes the cancellation and says what happened", async () => {
    vi.mocked(actions.reviewCancelAction).mockResolvedValueOnce(review(["discount"]) as never)
    vi.mocked(actions.acceptRetentionAction).mockResolvedValueOnce({ status: "success", message: "Done: 20% off your next delivery." })
    const card = renderCard()

    fireEvent.change(within(card).getByRole("combobox", { name: "Why are you cancelling?" }), { target: { value: "too_expensive" } })
    fireEvent.click(within(card).getByRole("button", { name: "Cancel subscription" }))
    fireEvent.click(await within(card).findByRole("button", { name: "Take 20% off my next delivery" }))

    await waitFor(() => expect(within(card).getByTestId("action-message").textContent).toBe("Done: 20% off your next delivery."))
    await waitFor(() => expect(within(card).queryByRole("group", { name: "Before you cancel" })).toBeNull())
    expect(actions.cancelAction).not.toHaveBeenCalled()
  })

  it("asks only for confirmation when no alternative fits the reason", async () => {
    vi.mocked(actions.reviewCancelAction).mockResolvedValueOnce(review([]) as never)
    const card = renderCard()

    fireEvent.change(within(card).getByRole("combobox", { name: "Why are you cancelling?" }), { target: { value: "side_effects" } })
    fireEvent.click(within(card).getByRole("button", { name: "Cancel subscription" }))

    const group = await within(card).findByRole("group", { name: "Confirm your cancellation" })
    expect(
      within(group)
        .getAllByRole("button")
        .map((b) => b.textContent)
    ).toEqual(["Yes, cancel my subscription", "Keep my subscription"])
  })
})
