import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminUser, type AdminHeaders } from "../helpers/admin"
import { createAuthor, createDraftGuide } from "../helpers/guides"
import { failedResponse, seedCatalog, storeHeaders } from "../helpers/seeded-shop"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key: string
    let admin: AdminHeaders
    let productId: string
    let seededGuides: string[]
    let guideA: string
    let guideB: string

    beforeAll(async () => {
      key = await seedCatalog(getContainer())
      admin = await createAdminUser(getContainer())
    })

    beforeEach(async () => {
      // Travel Boulardii has a single seeded guide, which keeps the orders in these stories short.
      const { data } = await api.get("/admin/products?handle=travel-boulardii&fields=id", admin)
      productId = data.products[0].id
      seededGuides = (await api.get(`/admin/products/${productId}/guides`, admin)).data.guides.map((g: { guide_id: string }) => g.guide_id)
      const author = await createAuthor(api, admin)
      guideA = (await createDraftGuide(api, admin, author.id, { slug: "guide-a", title: "Guide A", status: "published" })).id
      guideB = (await createDraftGuide(api, admin, author.id, { slug: "guide-b", title: "Guide B", status: "published" })).id
    })

    const productOrder = async () =>
      (await api.get(`/admin/products/${productId}/guides`, admin)).data.guides.map(
        (g: { guide_id: string; position: number; is_primary: boolean }) => [g.guide_id, g.position, g.is_primary]
      )

    describe("linking from the guide's page", () => {
      it("appends a guide to a product's list without taking the primary flag", async () => {
        const { data } = await api.post(`/admin/guides/${guideA}/products`, { add: [{ product_id: productId }] }, admin)
        expect(data.products).toEqual([expect.objectContaining({ id: productId, position: 1, is_primary: false })])
        expect(await productOrder()).toEqual([
          [seededGuides[0], 0, true],
          [guideA, 1, false],
        ])
      })

      it("inserts a guide first as the primary one, demoting the previous primary guide", async () => {
        await api.post(`/admin/guides/${guideA}/products`, { add: [{ product_id: productId, position: 0, is_primary: true }] }, admin)
        expect(await productOrder()).toEqual([
          [guideA, 0, true],
          [seededGuides[0], 1, false],
        ])
      })

      it("unlinks a product and closes the gap in its list", async () => {
        await api.post(`/admin/guides/${guideA}/products`, { add: [{ product_id: productId, position: 0 }] }, admin)
        await api.post(`/admin/guides/${guideA}/products`, { remove: [productId] }, admin)
        expect(await productOrder()).toEqual([[seededGuides[0], 0, true]])
      })

      it("refuses unknown products and a product both added and removed", async () => {
        const unknown = await failedResponse(api.post(`/admin/guides/${guideA}/products`, { add: [{ product_id: "prod_missing" }] }, admin))
        expect(unknown.status).toBe(404)
        expect(unknown.data.message).toMatch(/prod_missing/)
        const both = await failedResponse(
          api.post(`/admin/guides/${guideA}/products`, { add: [{ product_id: productId }], remove: [productId] }, admin)
        )
        expect(both.status).toBe(400)
        expect(both.data.message).toMatch(/both added and removed/)
        const missingGuide = await failedResponse(
          api.post("/admin/guides/guide_missing/products", { add: [{ product_id: productId }] }, admin)
        )
        expect(missingGuide.status).toBe(404)
      })
    })

    describe("ordering from the product's page", () => {
      it("replaces the product's guides with the given order and primary flag, as the store shows them", async () => {
        const guides = [
          { guide_id: guideB, is_primary: false },
          { guide_id: seededGuides[0], is_primary: false },
          { guide_id: guideA, is_primary: true },
        ]
        const { data } = await api.post(`/admin/products/${productId}/guides`, { guides }, admin)
        expect(data.guides.map((g: { guide_id: string }) => g.guide_id)).toEqual([guideB, seededGuides[0], guideA])

        const { data: store } = await api.get(`/store/products/${productId}/guides`, storeHeaders(key))
        expect(store.guides.map((g: { id: string; is_primary: boolean }) => [g.id, g.is_primary])).toEqual([
          [guideA, true],
          [guideB, false],
          [seededGuides[0], false],
        ])
        expect(store.guides[0].author).toMatchObject({ name: "Test Writer" })
      })

      it("keeps the link's position and primary flag in the link table", async () => {
        await api.post(
          `/admin/products/${productId}/guides`,
          { guides: [{ guide_id: guideA, is_primary: true }, { guide_id: guideB }] },
          admin
        )
        const link = getContainer().resolve(ContainerRegistrationKeys.LINK)
        const data = (await link.list({
          guide: { guide_id: [guideA, guideB] },
          [Modules.PRODUCT]: { product_id: productId },
        })) as unknown as {
          guide_id: string
          position: number
          is_primary: boolean
        }[]
        expect(data.map((l) => [l.guide_id, l.position, l.is_primary]).sort()).toEqual(
          [
            [guideA, 0, true],
            [guideB, 1, false],
          ].sort()
        )
      })

      it("refuses two primary guides, a guide listed twice and unknown guides or products", async () => {
        const two = await failedResponse(
          api.post(
            `/admin/products/${productId}/guides`,
            {
              guides: [
                { guide_id: guideA, is_primary: true },
                { guide_id: guideB, is_primary: true },
              ],
            },
            admin
          )
        )
        expect(two.status).toBe(400)
        expect(two.data.message).toMatch(/only one guide can be primary/)
        const twice = await failedResponse(
          api.post(`/admin/products/${productId}/guides`, { guides: [{ guide_id: guideA }, { guide_id: guideA }] }, admin)
        )
        expect(twice.status).toBe(400)
        const unknownGuide = await failedResponse(
          api.post(`/admin/products/${productId}/guides`, { guides: [{ guide_id: "guide_missing" }] }, admin)
        )
        expect(unknownGuide.status).toBe(404)
        expect((await failedResponse(api.get("/admin/products/prod_missing/guides", admin))).status).toBe(404)
        expect(await productOrder()).toEqual([[seededGuides[0], 0, true]])
      })

      it("shows shoppers only the published guides of a product", async () => {
        await api.post(
          `/admin/products/${productId}/guides`,
          { guides: [{ guide_id: guideA, is_primary: true }, { guide_id: guideB }] },
          admin
        )
        await api.post(`/admin/guides/${guideA}/unpublish`, {}, admin)
        const { data } = await api.get(`/store/products/${productId}/guides`, storeHeaders(key))
        expect(data.guides.map((g: { id: string }) => g.id)).toEqual([guideB])
        expect((await failedResponse(api.get("/store/products/prod_missing/guides", storeHeaders(key)))).status).toBe(404)
      })
    })
  },
})
