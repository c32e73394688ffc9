import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminUser, type AdminHeaders } from "../helpers/admin"
import { CLEAN_BODY, createAuthor, createDraftGuide } from "../helpers/guides"
import { failedResponse, seedCatalog, storeHeaders } from "../helpers/seeded-shop"

jest.setTimeout(120 * 1000)

const card = (handle: string) => `::product{handle="${handle}"}`

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key: string
    let admin: AdminHeaders
    let authorId: string

    beforeAll(async () => {
      key = await seedCatalog(getContainer())
      admin = await createAdminUser(getContainer())
      authorId = (await createAuthor(api, admin)).id
    })

    const productId = async (handle: string) =>
      (await api.get(`/admin/products?handle=${handle}&fields=id`, admin)).data.products[0].id as string

    describe("an editor putting a product card in a guide", () => {
      it("is told, while writing, about cards for products that are unknown or not linked, until they are linked", async () => {
        const body = `${CLEAN_BODY}\n\n${card("gut-restore-50")}\n\n${card("no-such-probiotic")}\n\n${card("")}`
        const guide = await createDraftGuide(api, admin, authorId, { slug: "cards-while-writing", body })
        const check = async () =>
          (
            await api.post(
              "/admin/claims/check-guide",
              { body, citations: guide.citations.map((c: { title: string }) => ({ title: c.title })), guide_id: guide.id },
              admin
            )
          ).data

        const before = await check()
        expect(before.ok).toBe(false)
        expect(before.product_card_errors.map((p: { code: string; handle: string }) => [p.code, p.handle])).toEqual([
          ["unlinked_product", "gut-restore-50"],
          ["unknown_product", "no-such-probiotic"],
          ["invalid_handle", ""],
        ])
        expect(before.product_card_errors[0].message).toContain("Gut Restore 50")
        expect(body.slice(before.product_card_errors[1].start, before.product_card_errors[1].end)).toBe(card("no-such-probiotic"))

        await api.post(`/admin/guides/${guide.id}/products`, { add: [{ product_id: await productId("gut-restore-50") }] }, admin)
        expect((await check()).product_card_errors.map((p: { code: string }) => p.code)).toEqual(["unknown_product", "invalid_handle"])
        // The guide as the editor opens it carries the same report.
        expect((await api.get(`/admin/guides/${guide.id}`, admin)).data.guide.compliance.product_card_errors).toHaveLength(2)
      })

      it("cannot publish a guide whose card shows a product it is not linked to; once linked, it can", async () => {
        const guide = await createDraftGuide(api, admin, authorId, {
          slug: "cards-publish",
          body: `${CLEAN_BODY}\n\n${card("travel-boulardii")}`,
        })
        const refused = await failedResponse(api.post(`/admin/guides/${guide.id}/publish`, {}, admin))
        expect(refused.status).toBe(400)
        expect(refused.data.product_card_errors).toEqual([
          expect.objectContaining({ code: "unlinked_product", handle: "travel-boulardii" }),
        ])
        expect(refused.data.message).toMatch(/Travel Boulardii has a card but is not linked to this guide/)
        expect((await api.get(`/admin/guides/${guide.id}`, admin)).data.guide.status).toBe("draft")

        await api.post(`/admin/guides/${guide.id}/products`, { add: [{ product_id: await productId("travel-boulardii") }] }, admin)
        const { data } = await api.post(`/admin/guides/${guide.id}/publish`, {}, admin)
        expect(data.guide.status).toBe("published")
        const { data: store } = await api.get(`/store/guides/${guide.slug}`, storeHeaders(key))
        expect(store.guide.body).toContain(card("travel-boulardii"))
        expect(store.guide.products.map((p: { handle: string }) => p.handle)).toEqual(["travel-boulardii"])
      })

      it("cannot publish a card for a product that is not published, even when linked", async () => {
        const id = await productId("kids-berry-chewables")
        const guide = await createDraftGuide(api, admin, authorId, {
          slug: "cards-draft-product",
          body: `${CLEAN_BODY}\n\n${card("kids-berry-chewables")}`,
        })
        await api.post(`/admin/guides/${guide.id}/products`, { add: [{ product_id: id }] }, admin)
        await api.post(`/admin/products/${id}`, { status: "draft" }, admin)
        try {
          const refused = await failedResponse(api.post(`/admin/guides/${guide.id}/publish`, {}, admin))
          expect(refused.status).toBe(400)
          expect(refused.data.product_card_errors).toEqual([
            expect.objectContaining({ code: "unpublished_product", handle: "kids-berry-chewables" }),
          ])
        } finally {
          await api.post(`/admin/products/${id}`, { status: "published" }, admin)
        }
      })

      it("refuses an edit that adds an unknown card to a published guide, keeping the old body", async () => {
        const guide = await createDraftGuide(api, admin, authorId, { slug: "cards-edit" })
        await api.post(`/admin/guides/${guide.id}/publish`, {}, admin)
        const refused = await failedResponse(
          api.post(`/admin/guides/${guide.id}`, { body: `${CLEAN_BODY}\n\n${card("daily-balance-probiotc")}` }, admin)
        )
        expect(refused.status).toBe(400)
        expect(refused.data.product_card_errors.map((p: { code: string }) => p.code)).toEqual(["unknown_product"])
        expect((await api.get(`/admin/guides/${guide.id}`, admin)).data.guide.body).toBe(CLEAN_BODY)
      })
    })
  },
})
