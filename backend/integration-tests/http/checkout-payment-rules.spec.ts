import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { SYSTEM_PAYMENT_PROVIDER } from "@biome/shared"
import { prepareCheckout, registerCustomer, variantId, type Shopper } from "../helpers/customers"
import { failedResponse, seedCatalog, storeHeaders } from "../helpers/seeded-shop"

jest.setTimeout(180 * 1000)

const TOO_MANY = "A subscription delivers 1 to 10 of an item each time; 11 is not possible"

/** Checkout in a demo store (no Stripe key, not production): what it takes, and the quantities it allows. */
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key: string
    let regionId: string
    let daily: string

    beforeAll(async () => {
      key = await seedCatalog(getContainer())
      const { data } = await api.get("/store/regions", storeHeaders(key))
      regionId = data.regions.find((r: { currency_code: string }) => r.currency_code === "usd").id
      daily = await variantId(api, key, "daily-balance-probiotic", "30 capsules")
    })

    const newCart = async (shopper: Shopper) =>
      (await api.post("/store/carts", { region_id: regionId, email: shopper.email }, shopper.headers)).data.cart.id as string
    const addLine = (shopper: Shopper, cartId: string, quantity: number, interval: number | null) =>
      api.post(
        `/store/carts/${cartId}/line-items`,
        { variant_id: daily, quantity, ...(interval ? { metadata: { subscription_interval_days: interval } } : {}) },
        shopper.headers
      )
    const ordersOf = async (email: string) =>
      (
        await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "order", fields: ["id"], filters: { email } })
      ).data.map((o: { id: string }) => o.id)

    describe("a demo store", () => {
      it("offers the demo payment alone in every region", async () => {
        const { data } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({ entity: "region", fields: ["payment_providers.id"] })
        for (const region of data as any[])
          expect(region.payment_providers.map((p: { id: string }) => p.id)).toEqual([SYSTEM_PAYMENT_PROVIDER])
      })

      it("completes no order paid by a provider other than the demo payment, even one an admin added to the region", async () => {
        await updateRegionsWorkflow(getContainer()).run({
          input: { selector: { id: regionId }, update: { payment_providers: [SYSTEM_PAYMENT_PROVIDER, "pp_declining_test"] } },
        })
        const cartId = await prepareCheckout(api, storeHeaders(key), {
          region_id: regionId,
          email: "other.provider@example.com",
          lines: [{ variant_id: daily, quantity: 1 }],
          payment: { provider_id: "pp_declining_test" },
        })
        const res = await failedResponse(api.post(`/store/carts/${cartId}/complete`, {}, storeHeaders(key)))
        expect(res.status).toBe(400)
        expect(res.data.message).toBe(
          "This is a demo store that takes no payments; pp_declining_test is not available here. Choose the demo payment and try again"
        )
        expect(await ordersOf("other.provider@example.com")).toEqual([])
      })
    })

    describe("a subscription line's quantity keeps to the portal's bounds", () => {
      it("refuses 11 when the line is added, while a one-time line may hold 11", async () => {
        const shopper = await registerCustomer(api, key, "eleven@example.com")
        const cartId = await newCart(shopper)
        const res = await failedResponse(addLine(shopper, cartId, 11, 60))
        expect({ status: res.status, message: res.data.message }).toEqual({ status: 400, message: TOO_MANY })
        expect((await addLine(shopper, cartId, 11, null)).status).toBe(200)
      })

      it("refuses an add that Medusa would merge into the same subscription line past 10", async () => {
        const shopper = await registerCustomer(api, key, "merged@example.com")
        const cartId = await newCart(shopper)
        await addLine(shopper, cartId, 6, 60)
        const res = await failedResponse(addLine(shopper, cartId, 5, 60))
        expect({ status: res.status, message: res.data.message }).toEqual({ status: 400, message: TOO_MANY })
        // Another rhythm is another line, with its own count.
        expect((await addLine(shopper, cartId, 5, 30)).status).toBe(200)
      })

      it("refuses raising a subscription line past 10, and allows lowering it or taking it out", async () => {
        const shopper = await registerCustomer(api, key, "raised@example.com")
        const cartId = await newCart(shopper)
        const { data } = await addLine(shopper, cartId, 10, 60)
        const lineId = data.cart.items[0].id
        const update = (quantity: number) => api.post(`/store/carts/${cartId}/line-items/${lineId}`, { quantity }, shopper.headers)

        const res = await failedResponse(update(11))
        expect({ status: res.status, message: res.data.message }).toEqual({ status: 400, message: TOO_MANY })
        expect((await update(3)).data.cart.items[0].quantity).toBe(3)
        expect((await update(0)).data.cart.items).toEqual([])
      })

      it("refuses at completion a subscription line taken past 10 behind the store API's back", async () => {
        const shopper = await registerCustomer(api, key, "backdoor@example.com")
        const cartId = await prepareCheckout(api, shopper.headers, {
          region_id: regionId,
          email: shopper.email,
          lines: [{ variant_id: daily, quantity: 2, interval_days: 60 }],
          tamper: async (id) => {
            const cart = getContainer().resolve(Modules.CART)
            const [line] = await cart.listLineItems({ cart_id: id })
            await cart.updateLineItems(line!.id, { quantity: 11 })
          },
        })
        const res = await failedResponse(api.post(`/store/carts/${cartId}/complete`, {}, shopper.headers))
        expect(res.status).toBe(400)
        expect(res.data.message).toBe(`${TOO_MANY} (Daily Balance Probiotic)`)
        expect(await ordersOf(shopper.email)).toEqual([])
      })
    })
  },
})
