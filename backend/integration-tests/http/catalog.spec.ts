import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { countMarkedClaims, parseSupplementFacts } from "@biome/shared"
import { failedResponse, seedCatalog, storeHeaders } from "../helpers/seeded-shop"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key: string
    let usRegionId: string

    beforeAll(async () => {
      key = await seedCatalog(getContainer())
    })

    beforeEach(async () => {
      const { data } = await api.get("/store/regions", storeHeaders(key))
      usRegionId = data.regions.find((r: { currency_code: string }) => r.currency_code === "usd").id
    })

    describe("a shopper browsing the seeded catalog", () => {
      it("sees at least eight published supplements, each in two or more sizes", async () => {
        const { data } = await api.get("/store/products?limit=50&fields=handle,*variants", storeHeaders(key))
        expect(data.count).toBeGreaterThanOrEqual(8)
        for (const product of data.products) {
          expect(product.variants.length).toBeGreaterThanOrEqual(2)
        }
      })

      it("finds the products spread over at least three categories", async () => {
        const { data } = await api.get("/store/product-categories?fields=handle,*products", storeHeaders(key))
        const withProducts = data.product_categories.filter((c: { products: unknown[] }) => c.products.length > 0)
        expect(withProducts.length).toBeGreaterThanOrEqual(3)
      })

      it("sees US dollar prices in the US region and euro prices in the EU region", async () => {
        const { data: regions } = await api.get("/store/regions", storeHeaders(key))
        expect(regions.regions.map((r: { currency_code: string }) => r.currency_code).sort()).toEqual(["eur", "usd"])
        const eu = regions.regions.find((r: { currency_code: string }) => r.currency_code === "eur")

        const path = "/store/products?handle=daily-balance-probiotic&fields=*variants.calculated_price"
        const { data: inUs } = await api.get(`${path}&region_id=${usRegionId}`, storeHeaders(key))
        const { data: inEu } = await api.get(`${path}&region_id=${eu.id}`, storeHeaders(key))
        const price = (d: typeof inUs, title: string) =>
          d.products[0].variants.find((v: { title: string }) => v.title === title).calculated_price

        expect(price(inUs, "30 capsules")).toMatchObject({ calculated_amount: 29.99, currency_code: "usd" })
        expect(price(inEu, "60 capsules")).toMatchObject({ calculated_amount: 46.99, currency_code: "eur" })
      })

      it("reads structured supplement facts with strains and CFU counts on every product", async () => {
        const { data } = await api.get("/store/products?limit=50&fields=handle,metadata", storeHeaders(key))
        expect(data.products.length).toBeGreaterThanOrEqual(8)
        for (const product of data.products) {
          const facts = parseSupplementFacts(product.metadata?.supplement_facts)
          expect(facts).not.toBeNull()
          expect(facts!.directions.length).toBeGreaterThan(10)
          expect(facts!.allergens.length).toBeGreaterThan(0)
        }
        const daily = data.products.find((p: { handle: string }) => p.handle === "daily-balance-probiotic")
        expect(parseSupplementFacts(daily.metadata.supplement_facts)!.strains).toContainEqual({
          name: "Lacticaseibacillus rhamnosus GG",
          cfu: 10_000_000_000,
        })
      })

      it("marks every claim in the product copy with an asterisk", async () => {
        const { data } = await api.get("/store/products?limit=50&fields=handle,description", storeHeaders(key))
        expect(data.products.length).toBeGreaterThanOrEqual(8)
        for (const product of data.products) {
          expect(countMarkedClaims(product.description)).toBeGreaterThan(0)
        }
      })

      it("sees stock: in-stock sizes have units, the sold-out size has none", async () => {
        const fields = "handle,variants.title,+variants.inventory_quantity"
        const { data } = await api.get(`/store/products?handle=immune-daily-defence&fields=${fields}`, storeHeaders(key))
        const stock = Object.fromEntries(
          data.products[0].variants.map((v: { title: string; inventory_quantity: number }) => [v.title, v.inventory_quantity])
        )
        expect(stock).toEqual({ "30 capsules": 8, "60 capsules": 0 })
      })

      it("can ship a cart to the US with standard and express options", async () => {
        const { data: cart } = await api.post("/store/carts", { region_id: usRegionId }, storeHeaders(key))
        const { data } = await api.get(`/store/shipping-options?cart_id=${cart.cart.id}`, storeHeaders(key))
        const names = data.shipping_options.map((o: { name: string }) => o.name)
        expect(names).toEqual(expect.arrayContaining([expect.stringMatching(/^Standard/), expect.stringMatching(/^Express/)]))
      })
    })

    describe("requests the store refuses", () => {
      it("answers a request without a publishable key with a 400 that names the header", async () => {
        const res = await failedResponse(api.get("/store/products"))
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("x-publishable-api-key")
      })

      it("answers a non-numeric limit with a 400 that names the field", async () => {
        const res = await failedResponse(api.get("/store/products?limit=many", storeHeaders(key)))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/limit/)
      })

      it("answers an unknown product id with a 404", async () => {
        const res = await failedResponse(api.get("/store/products/prod_does_not_exist", storeHeaders(key)))
        expect(res.status).toBe(404)
        expect(res.data.message).toMatch(/not found/i)
      })
    })

    describe("seeding", () => {
      it("a second seed run leaves the catalog as it was", async () => {
        const before = (await api.get("/store/products?limit=1", storeHeaders(key))).data.count
        const keyAgain = await seedCatalog(getContainer())
        const after = (await api.get("/store/products?limit=1", storeHeaders(key))).data.count
        expect(after).toBe(before)
        expect(keyAgain).toBe(key)
      })

      it("sells through one channel: Medusa's default became the Webshop, so product lists need no channel filter", async () => {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id", "name"] })
        expect(channels.map((c) => c.name)).toEqual(["Webshop"])
        const { data: stores } = await query.graph({ entity: "store", fields: ["default_sales_channel_id"] })
        expect(stores[0]!.default_sales_channel_id).toBe(channels[0]!.id)
        // Every seeded product is in it.
        const { data: products } = await query.graph({ entity: "product", fields: ["id", "sales_channels.id"] })
        expect(products.filter((p) => (p.sales_channels ?? []).length !== 1)).toEqual([])
      })
    })
  },
})
