import { FetchError } from "@medusajs/js-sdk"
import { describe, expect, it } from "vitest"
import {
  BackendRequestError,
  BackendUnavailableError,
  NotFoundError,
  nullIfNotFound,
  orNotFound,
  toBackendError,
} from "./errors"

describe("typed backend errors", () => {
  it("maps HTTP statuses from the js-sdk to what went wrong", () => {
    expect(toBackendError(new FetchError("Not found", "Not Found", 404), "loading x", "Product x")).toEqual(
      new NotFoundError("Product x")
    )
    expect(toBackendError(new FetchError("boom", "Bad Gateway", 502), "loading x")).toBeInstanceOf(
      BackendUnavailableError
    )
    expect(toBackendError(new FetchError("bad key", "Unauthorized", 401), "loading x")).toBeInstanceOf(
      BackendRequestError
    )
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
