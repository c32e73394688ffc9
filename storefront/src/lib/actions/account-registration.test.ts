import { beforeEach, describe, expect, it, vi } from "vitest"
import { transferCartToCustomer } from "@/lib/data/cart"
import { readRegistrationLink, register, RegistrationLinkError, requestRegistrationLink } from "@/lib/data/customer"
import { claimOrder } from "@/lib/data/orders"
import { IDLE } from "@/lib/forms"
import { completeRegistrationAction, requestRegistrationAction } from "./account"

vi.mock("next/cache", () => ({ refresh: vi.fn() }))
vi.mock("next/navigation", () => ({
  redirect: vi.fn((to: string) => {
    throw new Error(`redirect ${to}`)
  }),
}))
vi.mock("@/lib/data/cookies", () => ({ getPlacedOrderId: vi.fn(async () => "order_1"), getPlacedOrderCartId: vi.fn(async () => "cart_1") }))
vi.mock("@/lib/data/customer", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/data/customer")>()),
  register: vi.fn(),
  requestRegistrationLink: vi.fn(),
  readRegistrationLink: vi.fn(),
}))
vi.mock("@/lib/data/orders", () => ({ claimOrder: vi.fn() }))
vi.mock("@/lib/data/cart", () => ({ transferCartToCustomer: vi.fn() }))

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.set(k, v)
  return data
}

beforeEach(() => vi.clearAllMocks())

describe("registering: the address first, then the emailed link", () => {
  it("asks the backend to email a link, keeping only a path on this site to come back to", async () => {
    const answer = await requestRegistrationAction(IDLE, form({ email: "New@Example.com", next: "https://evil.example" }))
    expect(answer).toEqual({
      status: "success",
      message: expect.stringMatching(/^Check your inbox: we've sent a link to finish creating your account/),
    })
    expect(requestRegistrationLink).toHaveBeenCalledWith({ email: "new@example.com", next: "/account" })
  })

  const details = { token: "signed", first_name: "Ada", last_name: "Okafor", password: "a long password" }

  it("creates the account from the link, brings this browser's cart along and continues to the link's page", async () => {
    vi.mocked(readRegistrationLink).mockResolvedValue({ token: "signed", email: "ada@example.com", next: "/checkout", orderId: null })
    await expect(completeRegistrationAction(IDLE, form(details))).rejects.toThrow("redirect /checkout")
    expect(register).toHaveBeenCalledWith({
      link: { token: "signed", email: "ada@example.com", next: "/checkout", orderId: null },
      password: "a long password",
      firstName: "Ada",
      lastName: "Okafor",
    })
    expect(transferCartToCustomer).toHaveBeenCalled()
    expect(claimOrder).not.toHaveBeenCalled()
  })

  it("keeps the guest order the link was asked for from, proven by the link and this browser's cart", async () => {
    vi.mocked(readRegistrationLink).mockResolvedValue({ token: "signed", email: "ada@example.com", next: null, orderId: "order_1" })
    await expect(completeRegistrationAction(IDLE, form(details))).rejects.toThrow("redirect /account/orders/order_1")
    expect(claimOrder).toHaveBeenCalledWith("order_1", { cartId: "cart_1", registrationToken: "signed" })
  })

  it("says when the link has expired, and registers nobody", async () => {
    vi.mocked(readRegistrationLink).mockRejectedValue(
      new RegistrationLinkError("This link has expired. Please ask for a new one: it takes a minute.")
    )
    expect(await completeRegistrationAction(IDLE, form(details))).toEqual({
      status: "error",
      message: "This link has expired. Please ask for a new one: it takes a minute.",
    })
    expect(register).not.toHaveBeenCalled()
  })

  it("asks for a longer password before anything else", async () => {
    expect(await completeRegistrationAction(IDLE, form({ ...details, password: "short" }))).toEqual({
      status: "error",
      message: "Please choose a password of at least 8 characters.",
    })
    expect(readRegistrationLink).not.toHaveBeenCalled()
  })
})
