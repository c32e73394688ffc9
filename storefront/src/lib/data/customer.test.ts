import { describe, expect, it, vi } from "vitest"
import { cookieJar, cookieOptions, resetCookies } from "@/test/fake-cookies"
import { bodyOf, fakeBackend, json, useFakeBackend } from "@/test/fake-backend"
import {
  AuthError,
  getCustomer,
  login,
  logout,
  readRegistrationLink,
  register,
  RegistrationLinkError,
  requestRegistrationLink,
  requireCustomer,
} from "./customer"

vi.mock("next/headers", async () => (await import("@/test/fake-cookies")).nextHeadersMock)

useFakeBackend({})

const jane = {
  id: "cus_jane",
  email: "jane@example.com",
  first_name: "Jane",
  last_name: "Doe",
  addresses: [
    {
      id: "addr_1",
      first_name: "Jane",
      last_name: "Doe",
      address_1: "1 Main St",
      city: "Portland",
      postal_code: "97201",
      country_code: "us",
      is_default_shipping: true,
    },
  ],
}

describe("logging in", () => {
  it("keeps the token in an httpOnly cookie and never returns it to the page", async () => {
    const backend = fakeBackend({ "/auth/customer/emailpass": () => json({ token: "jwt-of-jane" }) })

    await expect(login("jane@example.com", "correct horse")).resolves.toBeUndefined()

    expect(bodyOf(backend.requests[0]!)).toEqual({ email: "jane@example.com", password: "correct horse" })
    expect(cookieJar.get("_biome_jwt")).toBe("jwt-of-jane")
    expect(cookieOptions.get("_biome_jwt")).toMatchObject({ httpOnly: true, sameSite: "lax", secure: false, path: "/" })
  })

  it("says so in words when the password is wrong", async () => {
    fakeBackend({ "/auth/customer/emailpass": () => json({ type: "unauthorized", message: "Invalid email or password" }, 401) })

    const error = await login("jane@example.com", "wrong").catch((e: unknown) => e)

    expect(error).toBeInstanceOf(AuthError)
    expect((error as Error).message).toBe("The email or password is not right. Please try again.")
    expect(cookieJar.has("_biome_jwt")).toBe(false)
  })
})

describe("registering", () => {
  const link = { token: "link-token", email: "jane@example.com", next: "/checkout", orderId: null }

  it("asks the backend to email a link, with where to come back to", async () => {
    const backend = fakeBackend({ "/store/registrations": () => json({ message: "Check your inbox" }, 202) })

    await requestRegistrationLink({ email: "jane@example.com", next: "/checkout" })

    expect(bodyOf(backend.requests[0]!)).toEqual({ email: "jane@example.com", next: "/checkout" })
  })

  it("reads an emailed link with the backend, and says in words when it has expired", async () => {
    fakeBackend({
      "/store/registrations/verify": () => json({ registration: { email: "jane@example.com", next: "/checkout", order_id: null } }),
    })
    await expect(readRegistrationLink("link-token")).resolves.toEqual(link)

    fakeBackend({
      "/store/registrations/verify": () =>
        json({ type: "invalid_data", message: "This link has expired. Please ask for a new one: it takes a minute." }, 400),
    })
    const error = await readRegistrationLink("old-token").catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RegistrationLinkError)
    expect((error as Error).message).toBe("This link has expired. Please ask for a new one: it takes a minute.")
  })

  it("creates the identity with the link's token, then the customer with the registration token, then logs in", async () => {
    const backend = fakeBackend({
      "/auth/customer/emailpass/register": () => json({ token: "registration-token" }),
      "/store/customers": () => json({ customer: jane }),
      "/auth/customer/emailpass": () => json({ token: "jwt-of-jane" }),
    })

    await register({ link, password: "correct horse", firstName: "Jane", lastName: "Doe" })

    expect(backend.requests.map((r) => r.url.pathname)).toEqual([
      "/auth/customer/emailpass/register",
      "/store/customers",
      "/auth/customer/emailpass",
    ])
    expect(bodyOf(backend.requests[0]!)).toEqual({ email: "jane@example.com", password: "correct horse", registration_token: "link-token" })
    const create = backend.requests[1]!
    expect(create.headers.get("authorization")).toBe("Bearer registration-token")
    expect(bodyOf(create)).toEqual({ email: "jane@example.com", first_name: "Jane", last_name: "Doe" })
    expect(cookieJar.get("_biome_jwt")).toBe("jwt-of-jane")
  })

  it("passes on why a registration from the link was refused: its holder owns the inbox", async () => {
    fakeBackend({
      "/auth/customer/emailpass/register": () =>
        json({ type: "conflict", message: "You already have an account with this email address. Please log in instead." }, 409),
    })

    await expect(register({ link, password: "correct horse", firstName: "Jane", lastName: "Doe" })).rejects.toThrow(
      "You already have an account with this email address. Please log in instead."
    )
  })
})

describe("the logged-in customer", () => {
  it("is nobody, without a request, for a visitor without the cookie", async () => {
    const backend = fakeBackend({})

    await expect(getCustomer()).resolves.toBeNull()
    expect(backend.fetchMock).not.toHaveBeenCalled()
  })

  it("is read with the cookie's bearer token, with their addresses", async () => {
    resetCookies({ _biome_jwt: "jwt-of-jane" })
    const backend = fakeBackend({ "/store/customers/me": () => json({ customer: jane }) })

    const customer = await getCustomer()

    expect(backend.requests[0]!.headers.get("authorization")).toBe("Bearer jwt-of-jane")
    expect(backend.requests[0]!.init.cache).toBe("no-store")
    expect(customer).toMatchObject({ id: "cus_jane", firstName: "Jane", addresses: [{ address1: "1 Main St", isDefaultShipping: true }] })
  })

  it("is nobody when the login has expired", async () => {
    resetCookies({ _biome_jwt: "expired" })
    fakeBackend({ "/store/customers/me": () => json({ message: "Unauthorized" }, 401) })

    await expect(getCustomer()).resolves.toBeNull()
  })

  it("sends a visitor of an account page to the login form, with the way back", async () => {
    fakeBackend({})

    const error = await requireCustomer("/account/subscriptions").catch((e: unknown) => e)

    // next/navigation's redirect() throws an error whose digest carries the target.
    expect((error as { digest?: string }).digest).toContain("/account/login?next=%2Faccount%2Fsubscriptions")
  })

  it("logging out forgets the login and the cart", async () => {
    resetCookies({ _biome_jwt: "jwt-of-jane", _biome_cart_id: "cart_1" })

    await logout()

    expect([...cookieJar.keys()]).toEqual([])
  })
})
