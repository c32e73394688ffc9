import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { checkout, registerCustomer, variantId } from "../helpers/customers"
import { emailsSent } from "../helpers/inventory"
import { failedResponse, seedCatalog, storeHeaders } from "../helpers/seeded-shop"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key: string
    let regionId: string
    let variant: string
    const guest = () => storeHeaders(key)
    const withHeaders = (extra: Record<string, string>) => ({ headers: { ...guest().headers, ...extra } })
    const guestOrder = async (email: string) => {
      const { cartId, completion } = await checkout(api, guest(), {
        region_id: regionId,
        email,
        lines: [{ variant_id: variant, quantity: 1 }],
      })
      return { cartId, order: completion.order as { id: string; display_id: number } }
    }

    beforeAll(async () => {
      key = await seedCatalog(getContainer())
      const { data } = await api.get("/store/regions", guest())
      regionId = data.regions.find((r: { currency_code: string }) => r.currency_code === "usd").id
      variant = await variantId(api, key, "daily-balance-probiotic", "30 capsules")
    })

    describe("an order's page", () => {
      it("is not found for a stranger who has its id, logged in or not", async () => {
        const { order } = await guestOrder("guest-one@example.com")
        const stranger = await registerCustomer(api, key, "stranger@example.com")
        for (const headers of [guest(), stranger.headers]) {
          const res = await failedResponse(api.get(`/store/orders/${order.id}`, headers))
          expect({ status: res.status, message: res.data.message }).toEqual({
            status: 404,
            message: `Order with id: ${order.id} was not found`,
          })
        }
        expect((await failedResponse(api.get(`/store/orders/${order.id}`, withHeaders({ "x-order-cart-id": "cart_guess" })))).status).toBe(
          404
        )
      })

      it("opens for the guest's browser that placed it (its cart) and for the customer who placed it", async () => {
        const { cartId, order } = await guestOrder("guest-two@example.com")
        const res = await api.get(`/store/orders/${order.id}`, withHeaders({ "x-order-cart-id": cartId }))
        expect(res.data.order).toMatchObject({ id: order.id, email: "guest-two@example.com" })

        const ana = await registerCustomer(api, key, "ana-orders@example.com")
        const { completion } = await checkout(api, ana.headers, {
          region_id: regionId,
          email: ana.email,
          lines: [{ variant_id: variant, quantity: 1 }],
        })
        expect((await api.get(`/store/orders/${completion.order.id}`, ana.headers)).data.order.id).toBe(completion.order.id)
        expect(
          (await failedResponse(api.get(`/store/orders/${completion.order.id}`, withHeaders({ "x-order-cart-id": cartId })))).status
        ).toBe(404)
      })
    })

    describe("a guest looking up an order by email and number", () => {
      it("gets the same answer whether or not they match, and only the owner's inbox gets a link", async () => {
        const { order } = await guestOrder("lookup@example.com")
        const answers = await Promise.all([
          api.post("/store/order-lookups", { email: "LOOKUP@example.com", order_number: order.display_id }, guest()),
          api.post("/store/order-lookups", { email: "someone-else@example.com", order_number: order.display_id }, guest()),
          api.post("/store/order-lookups", { email: "lookup@example.com", order_number: 999999 }, guest()),
        ])
        expect(new Set(answers.map((a) => JSON.stringify([a.status, a.data])))).toEqual(
          new Set([
            JSON.stringify([202, { message: "If an order matches, we have emailed a link to it to the address it was placed with." }]),
          ])
        )
        expect(await emailsSent(getContainer(), "order-lookup", "someone-else@example.com")).toHaveLength(0)
        const [email] = await emailsSent(getContainer(), "order-lookup", "lookup@example.com")
        const link = new URL(email!.data!.order_url as string)
        expect(link.pathname).toBe(`/order/confirmed/${order.id}`)

        const token = link.searchParams.get("access")!
        const opened = await api.get(`/store/orders/${order.id}`, withHeaders({ "x-order-token": token }))
        expect(opened.data.order.id).toBe(order.id)
        const other = await guestOrder("lookup-other@example.com")
        expect((await failedResponse(api.get(`/store/orders/${other.order.id}`, withHeaders({ "x-order-token": token })))).status).toBe(404)
      })

      it("refuses a lookup without a valid email or number with a 400 that says which", async () => {
        const res = await failedResponse(api.post("/store/order-lookups", { email: "not-an-email", order_number: "x" }, guest()))
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("email must be a valid email address")
      })
    })

    describe("a guest creating an account after the order", () => {
      it("keeps the order in the new account when the same browser claims it with the same email", async () => {
        const { cartId, order } = await guestOrder("new-account@example.com")
        const account = await registerCustomer(api, key, "new-account@example.com")
        const claim = await api.post(
          `/store/orders/${order.id}/claim`,
          {},
          { headers: { ...account.headers.headers, "x-order-cart-id": cartId } }
        )
        expect(claim.data.order).toEqual({ id: order.id, customer_id: account.id })
        const { data } = await api.get("/store/orders", account.headers)
        expect(data.orders.map((o: { id: string }) => o.id)).toEqual([order.id])
      })

      it("cannot claim someone else's order: without the browser's proof it is not found, with another email it is refused", async () => {
        const { cartId, order } = await guestOrder("victim@example.com")
        const thief = await registerCustomer(api, key, "thief@example.com")
        expect((await failedResponse(api.post(`/store/orders/${order.id}/claim`, {}, thief.headers))).status).toBe(404)
        const refused = await failedResponse(
          api.post(`/store/orders/${order.id}/claim`, {}, { headers: { ...thief.headers.headers, "x-order-cart-id": cartId } })
        )
        expect({ status: refused.status, message: refused.data.message }).toEqual({
          status: 400,
          message: "This order was placed with another email address than your account's.",
        })
        expect((await failedResponse(api.get(`/store/orders/${order.id}`, thief.headers))).status).toBe(404)
      })
    })
  },
})
