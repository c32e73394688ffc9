import { describe, expect, it } from "vitest"
import { checkTransition, type SubscriptionAction, type SubscriptionStatus } from "./status"

describe("subscription status machine", () => {
  it("skipping an active subscription keeps it active", () => {
    expect(checkTransition("active", "skip")).toEqual({ ok: true, next: "active" })
  })

  it("a customer cannot skip a delivery of a paused subscription", () => {
    const check = checkTransition("paused", "skip")
    expect(check).toEqual({ ok: false, reason: expect.stringContaining("Resume it first") })
  })

  it("a customer cannot skip while a payment is overdue", () => {
    expect(checkTransition("past_due", "skip")).toEqual({ ok: false, reason: expect.stringContaining("payment method") })
  })

  it("a customer can pause an active or past-due subscription", () => {
    expect(checkTransition("active", "pause")).toEqual({ ok: true, next: "paused" })
    expect(checkTransition("past_due", "pause")).toEqual({ ok: true, next: "paused" })
  })

  it("a customer cannot resume an active subscription", () => {
    expect(checkTransition("active", "resume")).toEqual({
      ok: false,
      reason: "This subscription is already active, so there is nothing to resume.",
    })
  })

  it("resuming a paused subscription makes it active", () => {
    expect(checkTransition("paused", "resume")).toEqual({ ok: true, next: "active" })
  })

  it("a past-due subscription comes back through a successful renewal, not a resume", () => {
    expect(checkTransition("past_due", "resume").ok).toBe(false)
    expect(checkTransition("past_due", "renew")).toEqual({ ok: true, next: "active" })
  })

  it("a customer can cancel from any status but cancelled", () => {
    for (const status of ["active", "paused", "past_due"] as const) {
      expect(checkTransition(status, "cancel")).toEqual({ ok: true, next: "cancelled" })
    }
    expect(checkTransition("cancelled", "cancel")).toEqual({ ok: false, reason: "This subscription is already cancelled." })
  })

  it("changing frequency, quantity, variant or date keeps the status", () => {
    for (const status of ["active", "paused", "past_due"] as const) {
      expect(checkTransition(status, "change")).toEqual({ ok: true, next: status })
    }
  })

  it("a paused or cancelled subscription is not renewed", () => {
    expect(checkTransition("paused", "renew").ok).toBe(false)
    expect(checkTransition("cancelled", "renew").ok).toBe(false)
  })

  it("only a restart brings back a cancelled one", () => {
    expect(checkTransition("cancelled", "restart")).toEqual({ ok: true, next: "active" })
    for (const status of ["active", "paused", "past_due"] as const) expect(checkTransition(status, "restart").ok).toBe(false)
    const actions: SubscriptionAction[] = ["skip", "pause", "resume", "cancel", "change", "renew"]
    for (const action of actions) {
      const check = checkTransition("cancelled", action)
      expect(check.ok).toBe(false)
      if (!check.ok) expect(check.reason).toMatch(/cancelled/)
    }
  })

  it("every refusal is a full sentence a customer can read", () => {
    const statuses: SubscriptionStatus[] = ["active", "paused", "past_due", "cancelled"]
    const actions: SubscriptionAction[] = ["skip", "pause", "resume", "cancel", "change", "renew", "restart"]
    for (const status of statuses) {
      for (const action of actions) {
        const check = checkTransition(status, action)
        if (!check.ok) expect(check.reason).toMatch(/^This |^The |^Your /)
        if (!check.ok) expect(check.reason).not.toMatch(/past_due|_/)
      }
    }
  })
})
