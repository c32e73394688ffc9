import { beforeEach, describe, expect, it, vi } from "vitest"
import type { Address, Customer } from "@/lib/account"
import { getCart } from "@/lib/data/cart"
import { setCartContact } from "@/lib/data/checkout"
import { addAddress, getCustomer, register, requestRegistrationLink } from "@/lib/data/customer"
import { claimOrder } from "@/lib/data/orders"
import { IDLE } from "@/lib/forms"
import { deliverToSavedAddressAction, saveContactAction } from "./checkout"
import { createAccountFromOrderAction } from "./orders"

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
  getCustomer: vi.fn(),
  addAddress: vi.fn(),
}))
vi.mock("@/lib/data/orders", () => ({ claimOrder: vi.fn(), requestOrderLink: vi.fn() }))
vi.mock("@/lib/data/cart", () => ({ getCart: vi.fn() }))
vi.mock("@/lib/data/checkout", () => ({
  setCartContact: vi.fn(),
  listPaymentProviders: vi.fn(),
  placeOrder: vi.fn(),
  setShippingMethod: vi.fn(),
  startPaymentSession: vi.fn(),
}))

const form = (fields: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.set(k, v)
  return data
}

beforeEach(() => vi.clearAllMocks())

describe("creating an account from a guest order's confirmation", () => {
  it("emails the order's address a link that keeps the order, and says to check the inbox", async () => {
    const answer = await createAccountFromOrderAction(IDLE, form({ order_id: "order_1", email: "Guest@Example.com" }))
    expect(answer).toEqual({
      status: "success",
      message: expect.stringMatching(/^Check your inbox: we've sent a link to guest@example\.com/),
    })
    expect(requestRegistrationLink).toHaveBeenCalledWith({ email: "guest@example.com", orderId: "order_1" })
    expect(register).not.toHaveBeenCalled()
    expect(claimOrder).not.toHaveBeenCalled()
  })

  it("asks for a real address and sends nothing", async () => {
    expect(await createAccountFromOrderAction(IDLE, form({ order_id: "order_1", email: "guest" }))).toMatchObject({ status: "error" })
    expect(requestRegistrationLink).not.toHaveBeenCalled()
  })
})

const portland = {
  first_name: "Lin",
  last_name: "Park",
  address_1: "1200 NW Naito Pkwy",
  city: "Portland",
  province: "OR",
  postal_code: "97209",
  country_code: "us",
}
const saved: Address = {
  id: "addr_1",
  firstName: "Lin",
  lastName: "Park",
  company: "",
  address1: "1200 NW Naito Pkwy",
  address2: "",
  city: "Portland",
  postalCode: "97209",
  province: "OR",
  countryCode: "us",
  phone: "",
  isDefaultShipping: true,
}
const lin = (addresses: Address[]): Customer => ({ id: "cus_1", email: "lin@example.com", firstName: "Lin", lastName: "Park", addresses })

describe("the checkout address and the address book", () => {
  it("saves a logged-in customer's first checkout address to the account, as the default", async () => {
    vi.mocked(getCustomer).mockResolvedValue(lin([]))
    const state = await saveContactAction(IDLE, form({ ...portland, email: "lin@example.com" }))
    expect(state.status).toBe("success")
    expect(addAddress).toHaveBeenCalledWith(expect.objectContaining({ address1: "1200 NW Naito Pkwy", province: "OR" }), true)
  })

  it("does not save an address the account already has (case and spacing aside), nor a guest's", async () => {
    vi.mocked(getCustomer).mockResolvedValue(lin([saved]))
    await saveContactAction(IDLE, form({ ...portland, address_1: "1200  nw Naito Pkwy ", email: "lin@example.com" }))
    vi.mocked(getCustomer).mockResolvedValue(null)
    await saveContactAction(IDLE, form({ ...portland, email: "guest@example.com" }))
    expect(addAddress).not.toHaveBeenCalled()
    expect(setCartContact).toHaveBeenCalledTimes(2)
  })

  it("still takes the order's address when the address book cannot be written", async () => {
    vi.mocked(getCustomer).mockResolvedValue(lin([]))
    vi.mocked(addAddress).mockRejectedValueOnce(new Error("down"))
    vi.spyOn(console, "error").mockImplementationOnce(() => {})
    expect((await saveContactAction(IDLE, form({ ...portland, email: "lin@example.com" }))).status).toBe("success")
  })

  it("delivers to a saved address of the customer's own, and to no other", async () => {
    vi.mocked(getCustomer).mockResolvedValue(lin([saved]))
    vi.mocked(getCart).mockResolvedValue({ email: null } as never)
    expect((await deliverToSavedAddressAction(IDLE, form({ address_id: "addr_1" }))).status).toBe("success")
    expect(setCartContact).toHaveBeenCalledWith({
      email: "lin@example.com",
      address: expect.objectContaining({ address1: "1200 NW Naito Pkwy", province: "OR", countryCode: "us" }),
    })

    expect(await deliverToSavedAddressAction(IDLE, form({ address_id: "addr_someone_else" }))).toEqual({
      status: "error",
      message: "Please choose one of your saved addresses.",
    })
    vi.mocked(getCustomer).mockResolvedValue(null)
    expect((await deliverToSavedAddressAction(IDLE, form({ address_id: "addr_1" }))).status).toBe("error")
    expect(setCartContact).toHaveBeenCalledTimes(1)
  })
})
