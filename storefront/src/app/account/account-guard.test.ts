import { describe, expect, it, vi } from "vitest"
import { resetCookies } from "@/test/fake-cookies"
import { fakeBackend, json, useFakeBackend } from "@/test/fake-backend"
import AddressesPage from "./addresses/page"
import OrderPage from "./orders/[id]/page"
import OrdersPage from "./orders/page"
import SubscriptionPage from "./subscriptions/[id]/page"
import SubscriptionsPage from "./subscriptions/page"

vi.mock("next/headers", async () => (await import("@/test/fake-cookies")).nextHeadersMock)

useFakeBackend({})

/** Where a page sent the visitor: next/navigation's redirect() throws an error carrying the target. */
async function redirectOf(render: () => Promise<unknown>): Promise<string | null> {
  try {
    await render()
    return null
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? ""
    return digest.startsWith("NEXT_REDIRECT") ? digest.split(";")[2]! : null
  }
}

describe("the account for a visitor who is not logged in", () => {
  it("sends every account page to the login form, with the way back, without asking for account data", async () => {
    const backend = fakeBackend({})
    const params = (id: string) => ({ params: Promise.resolve({ id }) })

    expect(await redirectOf(() => SubscriptionsPage())).toBe("/account/login?next=%2Faccount%2Fsubscriptions")
    expect(await redirectOf(() => SubscriptionPage(params("sub_1")))).toBe("/account/login?next=%2Faccount%2Fsubscriptions%2Fsub_1")
    expect(await redirectOf(() => OrdersPage())).toBe("/account/login?next=%2Faccount%2Forders")
    expect(await redirectOf(() => OrderPage(params("order_1")))).toBe("/account/login?next=%2Faccount%2Forders%2Forder_1")
    expect(await redirectOf(() => AddressesPage())).toBe("/account/login?next=%2Faccount%2Faddresses")
    expect(backend.fetchMock).not.toHaveBeenCalled()
  })

  it("treats an expired login the same way", async () => {
    resetCookies({ _biome_jwt: "expired" })
    fakeBackend({ "/store/customers/me": () => json({ message: "Unauthorized" }, 401) })

    expect(await redirectOf(() => SubscriptionsPage())).toBe("/account/login?next=%2Faccount%2Fsubscriptions")
  })
})
