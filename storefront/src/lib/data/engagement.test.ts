import { describe, expect, it, vi } from "vitest"
import { resetCookies } from "@/test/fake-cookies"
import { bodyOf, fakeBackend, json, useFakeBackend } from "@/test/fake-backend"
import {
  confirmBackInStockNotice,
  confirmNewsletter,
  requestBackInStockNotice,
  subscribeToNewsletter,
  unsubscribeFromNewsletter,
} from "./engagement"
import { BackendRequestError, customerMessage, NotFoundError } from "./errors"

vi.mock("next/headers", async () => (await import("@/test/fake-cookies")).nextHeadersMock)

useFakeBackend({})

describe("newsletter and back-in-stock requests", () => {
  it("signs a reader up with where they signed up, and a second sign-up is no error", async () => {
    const backend = fakeBackend({
      "/store/newsletter-subscriptions": () =>
        json({ newsletter_subscription: { email: "jane@example.com", status: "pending" } }, backend.requests.length === 1 ? 201 : 200),
    })

    expect(await subscribeToNewsletter("jane@example.com", "guide:fermented-foods")).toBe("pending")
    expect(await subscribeToNewsletter("jane@example.com", "guide:fermented-foods")).toBe("pending")

    expect(backend.requests.map((r) => bodyOf(r))).toEqual([
      { email: "jane@example.com", source: "guide:fermented-foods" },
      { email: "jane@example.com", source: "guide:fermented-foods" },
    ])
  })

  it("says whether a confirmation email went out or the reader had confirmed before", async () => {
    const statuses = ["pending", "subscribed"]
    const backend = fakeBackend({
      "/store/newsletter-subscriptions": () =>
        json({ newsletter_subscription: { email: "jane@example.com", status: statuses[backend.requests.length - 1] } }),
    })

    expect(await subscribeToNewsletter("jane@example.com")).toBe("pending")
    expect(await subscribeToNewsletter("jane@example.com")).toBe("subscribed")
    expect(bodyOf(backend.requests[0]!)).toEqual({ email: "jane@example.com" })
  })

  it("confirms and unsubscribes with the token from the email, uncached, and says for which address", async () => {
    const backend = fakeBackend({
      "/store/newsletter-subscriptions/confirm": () =>
        json({ newsletter_subscription: { email: "jane@example.com", status: "subscribed" } }),
      "/store/newsletter-subscriptions/unsubscribe": () =>
        json({ newsletter_subscription: { email: "jane@example.com", status: "unsubscribed" } }),
    })

    expect(await confirmNewsletter("eyJlIjoiamFuZSJ9.c2ln")).toEqual({ email: "jane@example.com", status: "subscribed" })
    expect(await unsubscribeFromNewsletter("eyJlIjoiamFuZSJ9.dW5z")).toEqual({ email: "jane@example.com", status: "unsubscribed" })

    expect(backend.requests.map((r) => [r.init.method, r.url.pathname, bodyOf(r)])).toEqual([
      ["POST", "/store/newsletter-subscriptions/confirm", { token: "eyJlIjoiamFuZSJ9.c2ln" }],
      ["POST", "/store/newsletter-subscriptions/unsubscribe", { token: "eyJlIjoiamFuZSJ9.dW5z" }],
    ])
    expect(backend.requests.every((r) => r.init.cache === "no-store")).toBe(true)
  })

  it("passes on the backend's reason when a confirmation link has expired or the reader unsubscribed since", async () => {
    fakeBackend({
      "/store/newsletter-subscriptions/confirm": (_url, init) =>
        String(init.body).includes("old-token")
          ? json({ type: "invalid_data", message: "This confirmation link has expired. Please sign up again for a new one." }, 400)
          : json({ type: "conflict", message: "this address unsubscribed after signing up, so please sign up again" }, 409),
    })

    const expired = await confirmNewsletter("old-token").catch((e: unknown) => e)
    const unsubscribed = await confirmNewsletter("token-of-a-leaver").catch((e: unknown) => e)

    expect(expired).toBeInstanceOf(BackendRequestError)
    expect((expired as BackendRequestError).status).toBe(400)
    expect(customerMessage(expired)).toBe("This confirmation link has expired. Please sign up again for a new one.")
    expect((unsubscribed as BackendRequestError).status).toBe(409)
    expect(customerMessage(unsubscribed)).toBe("This address unsubscribed after signing up, so please sign up again.")
  })

  it("is NotFound when the link's address never signed up", async () => {
    fakeBackend({
      "/store/newsletter-subscriptions/confirm": () => json({ type: "not_found", message: "No sign-up for this address" }, 404),
      "/store/newsletter-subscriptions/unsubscribe": () => json({ type: "not_found", message: "No sign-up for this address" }, 404),
    })

    await expect(confirmNewsletter("token-of-a-stranger")).rejects.toBeInstanceOf(NotFoundError)
    await expect(unsubscribeFromNewsletter("token-of-a-stranger")).rejects.toBeInstanceOf(NotFoundError)
  })

  it("asks to be told when a sold-out size is back, as the logged-in customer when there is one", async () => {
    resetCookies({ _biome_jwt: "jwt-of-jane" })
    const backend = fakeBackend({ "/store/back-in-stock-requests": () => json({ message: "Thank you. Please confirm." }, 202) })

    expect(await requestBackInStockNotice("variant_60", "jane@example.com")).toBe("Thank you. Please confirm.")

    expect(bodyOf(backend.requests[0]!)).toEqual({ variant_id: "variant_60", email: "jane@example.com" })
    expect(backend.requests[0]!.headers.get("authorization")).toBe("Bearer jwt-of-jane")
  })

  it("confirms a guest's back-in-stock request with the emailed token", async () => {
    const request = { product_title: "Immune Daily Defence", variant_title: "60 capsules", email: "jane@example.com", status: "waiting" }
    const backend = fakeBackend({ "/store/back-in-stock-requests/confirm": () => json({ back_in_stock_request: request }) })

    expect(await confirmBackInStockNotice("tok.sig")).toMatchObject({ email: "jane@example.com", product_title: "Immune Daily Defence" })
    expect(bodyOf(backend.requests[0]!)).toEqual({ token: "tok.sig" })
  })

  it("is NotFound while the backend does not offer the route yet", async () => {
    fakeBackend({})

    await expect(subscribeToNewsletter("jane@example.com")).rejects.toBeInstanceOf(NotFoundError)
    await expect(requestBackInStockNotice("variant_60", "jane@example.com")).rejects.toBeInstanceOf(NotFoundError)
  })
})
