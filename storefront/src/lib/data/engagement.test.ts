import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest"
import { resetCookies } from "@/test/fake-cookies"
import { bodyOf, fakeBackend, json, TEST_BACKEND_URL, TEST_PUBLISHABLE_KEY } from "@/test/fake-backend"
import { requestBackInStockNotice, subscribeToNewsletter } from "./engagement"
import { NotFoundError } from "./errors"

vi.mock("next/headers", async () => (await import("@/test/fake-cookies")).nextHeadersMock)

beforeAll(() => {
  vi.stubEnv("MEDUSA_BACKEND_URL", TEST_BACKEND_URL)
  vi.stubEnv("NEXT_PUBLIC_MEDUSA_PUBLISHABLE_KEY", TEST_PUBLISHABLE_KEY)
})

beforeEach(() => resetCookies())
afterEach(() => vi.unstubAllGlobals())

describe("newsletter and back-in-stock requests", () => {
  it("signs a reader up with where they signed up, and a second sign-up is no error", async () => {
    const backend = fakeBackend({
      "/store/newsletter-subscriptions": () => json({ subscription: { id: "ns_1" } }, backend.requests.length === 1 ? 201 : 200),
    })

    await subscribeToNewsletter("jane@example.com", "guide:fermented-foods")
    await subscribeToNewsletter("jane@example.com", "guide:fermented-foods")

    expect(backend.requests.map((r) => bodyOf(r))).toEqual([
      { email: "jane@example.com", source: "guide:fermented-foods" },
      { email: "jane@example.com", source: "guide:fermented-foods" },
    ])
  })

  it("asks to be told when a sold-out size is back, as the logged-in customer when there is one", async () => {
    resetCookies({ _biome_jwt: "jwt-of-jane" })
    const backend = fakeBackend({ "/store/back-in-stock-requests": () => json({}, 201) })

    await requestBackInStockNotice("variant_60", "jane@example.com")

    expect(bodyOf(backend.requests[0]!)).toEqual({ variant_id: "variant_60", email: "jane@example.com" })
    expect(backend.requests[0]!.headers.get("authorization")).toBe("Bearer jwt-of-jane")
  })

  it("is NotFound while the backend does not offer the route yet", async () => {
    fakeBackend({})

    await expect(subscribeToNewsletter("jane@example.com")).rejects.toBeInstanceOf(NotFoundError)
    await expect(requestBackInStockNotice("variant_60", "jane@example.com")).rejects.toBeInstanceOf(NotFoundError)
  })
})
