import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { failedResponse, seedCatalog, storeHeaders } from "../helpers/seeded-shop"
import { US_ADDRESS, checkout, prepareCheckout, registerCustomer, variantId } from "../helpers/customers"

jest.setTimeout(180 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key: string
    let regionId: string
    let daily30: string

    beforeAll(async () => {
      key = await seedCatalog(getContainer())
    })

    beforeEach(async () => {
      const { data } = await api.get("/store/regions", storeHeaders(key))
      regionId = data.regions.find((r: { currency_code: string }) => r.currency_code === "usd").id
      daily30 = await variantId(api, key, "daily-balance-probiotic", "30 capsules")
    })

    const newCart = async (headers = storeHeaders(key)) =>
      (await api.post("/store/carts", { region_id: regionId }, headers)).data.cart.id as string

    it("prices a line added with an interval at the subscribe-and-save price", async () => {
      const cartId = await newCart()
      const { data } = await api.post(
        `/store/carts/${cartId}/line-items`,
        { variant_id: daily30, quantity: 2, metadata: { subscription_interval_days: 60 } },
        storeHeaders(key)
      )
      const [line] = data.cart.items
      expect(line.unit_price).toBe(25.49)
      expect(line.compare_at_unit_price).toBe(29.99)
      expect(line.metadata).toMatchObject({ subscription_interval_days: 60, subscription_discount_percent: 15 })
      expect(data.cart.item_subtotal).toBe(50.98)
    })

    it("keeps one-time and subscribed lines of the same variant apart, each at its own price", async () => {
      const cartId = await newCart()
      await api.post(`/store/carts/${cartId}/line-items`, { variant_id: daily30, quantity: 1 }, storeHeaders(key))
      const { data } = await api.post(
        `/store/carts/${cartId}/line-items`,
        { variant_id: daily30, quantity: 1, metadata: { subscription_interval_days: 30 } },
        storeHeaders(key)
      )
      const prices = data.cart.items.map((i: { unit_price: number }) => i.unit_price).sort()
      expect(prices).toEqual([25.49, 29.99])
    })

    it("refuses an interval the product does not offer and says which ones it does", async () => {
      const cartId = await newCart()
      const res = await failedResponse(
        api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: daily30, quantity: 1, metadata: { subscription_interval_days: 45 } },
          storeHeaders(key)
        )
      )
      expect(res.status).toBe(400)
      expect(res.data.message).toBe("Daily Balance Probiotic can be delivered every 30, 60 or 90 days, not every 45 days")
      const { data } = await api.get(`/store/carts/${cartId}`, storeHeaders(key))
      expect(data.cart.items).toEqual([])
    })

    it("follows a product's own offer: the kids' chewables come every 30 or 60 days at 10% off", async () => {
      const kids30 = await variantId(api, key, "kids-berry-chewables", "30 chewables")
      const cartId = await newCart()
      const refused = await failedResponse(
        api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: kids30, quantity: 1, metadata: { subscription_interval_days: 90 } },
          storeHeaders(key)
        )
      )
      expect(refused.data.message).toContain("every 30 or 60 days")
      const { data } = await api.post(
        `/store/carts/${cartId}/line-items`,
        { variant_id: kids30, quantity: 1, metadata: { subscription_interval_days: 60 } },
        storeHeaders(key)
      )
      expect(data.cart.items[0].unit_price).toBe(19.79)
    })

    it("answers a malformed interval with a 400 that names the field", async () => {
      const cartId = await newCart()
      const res = await failedResponse(
        api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: daily30, quantity: 1, metadata: { subscription_interval_days: "soon" } },
          storeHeaders(key)
        )
      )
      expect(res.status).toBe(400)
      expect(res.data.message).toContain("subscription_interval_days must be a whole number of days")
    })

    it("places the first order at checkout and starts one subscription per subscribed line", async () => {
      const shopper = await registerCustomer(api, key, "first.order@example.com")
      const gut60 = await variantId(api, key, "gut-restore-50", "60 capsules")
      const { completion } = await checkout(api, shopper.headers, {
        region_id: regionId,
        email: shopper.email,
        lines: [
          { variant_id: daily30, quantity: 1, interval_days: 60 },
          { variant_id: gut60, quantity: 1 },
        ],
      })
      expect(completion.type).toBe("order")
      const order = completion.order

      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: subscriptions } = await query.graph({
        entity: "subscription",
        fields: ["*", "orders.id", "customer.email", "product_variant.title"],
        filters: { customer_id: shopper.id },
      })
      expect(subscriptions).toHaveLength(1)
      const sub = subscriptions[0]!
      expect(sub).toMatchObject({
        status: "active",
        variant_id: daily30,
        quantity: 1,
        interval_days: 60,
        discount_percent: 15,
        currency_code: "usd",
        payment_provider_id: "pp_system_default",
        customer: { email: "first.order@example.com" },
        product_variant: { title: "30 capsules" },
      })
      expect(sub.orders!.map((o) => o!.id)).toEqual([order.id])
      expect(sub.shipping_address).toMatchObject({ address_1: US_ADDRESS.address_1, postal_code: "97204" })
      const days = (new Date(sub.next_delivery_at).getTime() - new Date(order.created_at).getTime()) / 86_400_000
      expect(Math.round(days)).toBe(60)
    })

    it("stops a guest at checkout before any order exists when the cart holds a subscription", async () => {
      const cartId = await newCart()
      await api.post(
        `/store/carts/${cartId}/line-items`,
        { variant_id: daily30, quantity: 1, metadata: { subscription_interval_days: 30 } },
        storeHeaders(key)
      )
      await api.post(`/store/carts/${cartId}`, { email: "guest@example.com", shipping_address: US_ADDRESS }, storeHeaders(key))
      const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, storeHeaders(key))
      await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, storeHeaders(key))
      const { data: pc } = await api.post("/store/payment-collections", { cart_id: cartId }, storeHeaders(key))
      await api.post(
        `/store/payment-collections/${pc.payment_collection.id}/payment-sessions`,
        { provider_id: "pp_system_default" },
        storeHeaders(key)
      )

      const res = await failedResponse(api.post(`/store/carts/${cartId}/complete`, {}, storeHeaders(key)))
      expect(res.status).toBe(400)
      expect(res.data.message).toContain("Subscriptions need a customer account")
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({ entity: "order", fields: ["id"], filters: { email: "guest@example.com" } })
      expect(orders).toEqual([])
    })

    describe("a client that edits its cart cannot keep a discount it is not owed", () => {
      const ordersOf = async (email: string) => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        return (await query.graph({ entity: "order", fields: ["id"], filters: { email } })).data
      }
      const editLine = (headers: { headers: Record<string, string> }, metadata: Record<string, unknown>) => async (cartId: string) => {
        const { data } = await api.get(`/store/carts/${cartId}`, headers)
        await api.post(`/store/carts/${cartId}/line-items/${data.cart.items[0].id}`, { quantity: 1, metadata }, headers)
      }

      it("a line that claims to renew a subscription is refused: only the shop's renewal orders carry one", async () => {
        const shopper = await registerCustomer(api, key, "fake.renewal@example.com")
        const cartId = await prepareCheckout(api, shopper.headers, {
          region_id: regionId,
          email: shopper.email,
          lines: [{ variant_id: daily30, quantity: 1 }],
          tamper: editLine(shopper.headers, { subscription_interval_days: 30, subscription_id: "sub_someone_else" }),
        })

        const res = await failedResponse(api.post(`/store/carts/${cartId}/complete`, {}, shopper.headers))
        expect(res.status).toBe(400)
        expect(res.data.message).toBe(
          "metadata.subscription_id is set by the shop on renewal orders only; remove it from Daily Balance Probiotic"
        )
        expect(await ordersOf(shopper.email)).toEqual([])
      })

      it("a subscribed line whose interval is taken off afterwards cannot keep the subscribe-and-save price", async () => {
        const shopper = await registerCustomer(api, key, "dropped.interval@example.com")
        const cartId = await prepareCheckout(api, shopper.headers, {
          region_id: regionId,
          email: shopper.email,
          lines: [{ variant_id: daily30, quantity: 1, interval_days: 30 }],
          tamper: editLine(shopper.headers, { subscription_interval_days: null, subscription_discount_percent: null }),
        })
        const { data } = await api.get(`/store/carts/${cartId}`, shopper.headers)
        expect(data.cart.items[0].unit_price).toBe(25.49)

        const res = await failedResponse(api.post(`/store/carts/${cartId}/complete`, {}, shopper.headers))
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("the line no longer asks for a subscription; add it to the cart again")
        expect(await ordersOf(shopper.email)).toEqual([])
      })

      it("a subscribed line whose discount is edited in its metadata is refused, so no subscription renews at that discount", async () => {
        const shopper = await registerCustomer(api, key, "bigger.discount@example.com")
        const cartId = await prepareCheckout(api, shopper.headers, {
          region_id: regionId,
          email: shopper.email,
          lines: [{ variant_id: daily30, quantity: 1, interval_days: 30 }],
          tamper: editLine(shopper.headers, { subscription_interval_days: 30, subscription_discount_percent: 90 }),
        })

        const res = await failedResponse(api.post(`/store/carts/${cartId}/complete`, {}, shopper.headers))
        expect(res.status).toBe(400)
        expect(res.data.message).toBe(
          "The subscribe-and-save price of Daily Balance Probiotic is now 25.49 (15% off); add it to the cart again"
        )
        expect(await ordersOf(shopper.email)).toEqual([])
      })
    })
  },
})
