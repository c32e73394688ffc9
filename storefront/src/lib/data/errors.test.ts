import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import {
  BackendRequestError,
  BackendUnavailableError,
  customerMessage,
  NotAuthenticatedError,
  NotFoundError,
  nullIfNotFound,
  orNotFound,
  toBackendError,
} from "./errors"

describe("typed backend errors", () => {
  it("maps HTTP statuses from the js-sdk to what went wrong", () => {
    expect(toBackendError(new FetchError("Not found", "Not Found", 404), "loading x", "Product x")).toEqual(new NotFoundError("Product x"))
    expect(toBackendError(new FetchError("boom", "Bad Gateway", 502), "loading x")).toBeInstanceOf(BackendUnavailableError)
    expect(toBackendError(new FetchError("bad key", "Unauthorized", 401), "loading x")).toBeInstanceOf(BackendRequestError)
  })

  it("keeps errors it does not recognise as they are", () => {
    const original = new SyntaxError("Unexpected token < in JSON")
    expect(toBackendError(original, "loading x")).toBe(original)
  })
})

describe("orNotFound", () => {
  it("renders the not-found page for a missing product", async () => {
    const error = await orNotFound(Promise.reject(new NotFoundError("Product x"))).catch((e: unknown) => e)
    // next/navigation's notFound() throws an error whose digest marks an HTTP 404 fallback.
    expect((error as { digest?: string }).digest).toMatch(/404/)
  })

  it("lets an outage through to the error page", async () => {
    const outage = new BackendUnavailableError("down", 503)
    await expect(orNotFound(Promise.reject(outage))).rejects.toBe(outage)
  })

  it("passes the value through when the product exists", async () => {
    await expect(orNotFound(Promise.resolve("found"))).resolves.toBe("found")
  })
})

describe("nullIfNotFound", () => {
  it("gives null for a missing product but still surfaces an outage", async () => {
    await expect(nullIfNotFound(Promise.reject(new NotFoundError("Product x")))).resolves.toBeNull()
    const outage = new BackendUnavailableError("down", 503)
    await expect(nullIfNotFound(Promise.reject(outage))).rejects.toBe(outage)
  })
})

describe("what a customer is told", () => {
  it("is a sentence about the outage, not an HTTP status", () => {
    const message = customerMessage(toBackendError(new FetchError("Bad Gateway", "Bad Gateway", 502), "adding to the cart"))
    expect(message).toBe("Our shop isn't answering right now. Please try again in a minute.")
    expect(customerMessage(new TypeError("fetch failed"))).not.toMatch(/fetch|TypeError/)
  })

  it("is the backend's own rule, written as a sentence", () => {
    const refused = toBackendError(new FetchError("quantity must be at most 10", "Bad Request", 400), "changing a subscription")
    expect(customerMessage(refused)).toBe("Quantity must be at most 10.")
  })

  it("is never a stack trace or internal detail", () => {
    const leaky = toBackendError(
      new FetchError(
        "TypeError: Cannot read properties of undefined (reading 'id')\n    at handler (/app/src/api/route.ts:10:5)",
        "Bad Request",
        400
      ),
      "placing the order"
    )
    expect(customerMessage(leaky, "We couldn't place your order.")).toBe("We couldn't place your order.")
  })

  it("asks a customer whose login ended to log in again", () => {
    expect(customerMessage(new NotAuthenticatedError())).toBe("Please log in to continue.")
  })
})
