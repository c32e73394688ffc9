import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { checkClaims } from "@biome/shared"
import { failedResponse, seedCatalog, storeHeaders } from "../helpers/seeded-shop"
import { createAdminUser, type AdminHeaders } from "../helpers/admin"
import { createAuthor, createDraftGuide } from "../helpers/guides"
import { checkCitations } from "@biome/shared"
import { CATALOG } from "../../src/scripts/seed/catalog"
import { GUIDES, PRODUCT_GUIDES, seedGuides } from "../../src/scripts/seed/guides"

jest.setTimeout(120 * 1000)

const words = (markdown: string) => markdown.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key: string
    let admin: AdminHeaders

    beforeAll(async () => {
      key = await seedCatalog(getContainer())
      admin = await createAdminUser(getContainer())
    })

    describe("the seeded guides", () => {
      it("are at least four published guides of 400–900 words, each by an author with credentials and a reviewer", async () => {
        expect(GUIDES.length).toBeGreaterThanOrEqual(4)
        for (const guide of GUIDES) {
          expect(words(guide.body)).toBeGreaterThanOrEqual(400)
          expect(words(guide.body)).toBeLessThanOrEqual(900)
          const { data } = await api.get(`/store/guides/${guide.slug}`, storeHeaders(key))
          expect(data.guide.author.credentials).toBeTruthy()
          expect(data.guide.reviewer.name).toBeTruthy()
          expect(data.guide.citations.length).toBeGreaterThan(0)
        }
      })

      it("pass the guide claims check, reading their products' names, and the citation check", () => {
        const titles = Object.fromEntries(CATALOG.map((p) => [p.handle, p.title]))
        for (const guide of GUIDES) {
          const productNames = Object.entries(PRODUCT_GUIDES)
            .filter(([, slugs]) => slugs.includes(guide.slug))
            .map(([handle]) => titles[handle]!)
          const result = checkClaims(guide.body, { kind: "guide", productNames })
          expect({ slug: guide.slug, errors: result.findings.filter((f) => f.severity === "error") }).toEqual({
            slug: guide.slug,
            errors: [],
          })
          expect(checkCitations(guide.body, guide.citations)).toEqual([])
        }
      })

      it("give every seeded product at least one guide and exactly one primary guide, shown first", async () => {
        const { data } = await api.get("/store/products?limit=50&fields=id,handle", storeHeaders(key))
        expect(data.products.length).toBe(CATALOG.length)
        for (const product of data.products) {
          const { data: linked } = await api.get(`/store/products/${product.id}/guides`, storeHeaders(key))
          expect({ handle: product.handle, count: linked.guides.length > 0 }).toEqual({ handle: product.handle, count: true })
          expect(linked.guides.filter((g: { is_primary: boolean }) => g.is_primary)).toHaveLength(1)
          expect(linked.guides[0].is_primary).toBe(true)
        }
      })

      it("are not seeded twice, and a product's arranged guides are left alone, when the guide seed runs again", async () => {
        const { data: products } = await api.get("/store/products?handle=travel-boulardii&fields=id", storeHeaders(key))
        const productId = products.products[0].id
        await api.post(`/admin/products/${productId}/guides`, { guides: [] }, admin)
        const before = (await api.get("/store/guides", storeHeaders(key))).data.count

        await seedGuides(getContainer())
        expect((await api.get("/store/guides", storeHeaders(key))).data.count).toBe(before)
        const authors = (await api.get("/admin/guide-authors", admin)).data.guide_authors
        expect(authors).toHaveLength(3)
        // A product left without guides is seeded again; the rest keep their order.
        expect((await api.get(`/store/products/${productId}/guides`, storeHeaders(key))).data.guides).toHaveLength(1)
      })
    })

    describe("a shopper reading guides", () => {
      it("lists published guides newest first, with their authors", async () => {
        const { data } = await api.get("/store/guides", storeHeaders(key))
        expect(data).toMatchObject({ count: GUIDES.length, limit: 12, offset: 0 })
        expect(data.guides[0]).toMatchObject({ slug: expect.any(String), summary: expect.any(String), reading_minutes: expect.any(Number) })
        expect(data.guides[0].author).toEqual(expect.objectContaining({ name: expect.any(String), credentials: expect.any(String) }))
        expect(data.guides[0]).not.toHaveProperty("body")
      })

      it("filters guides by tag, by product and by search words", async () => {
        const byTag = (await api.get("/store/guides?tag=skin", storeHeaders(key))).data
        expect(byTag.guides.map((g: { slug: string }) => g.slug)).toEqual(["what-is-the-gut-skin-axis"])

        const { data: products } = await api.get("/store/products?handle=travel-boulardii&fields=id", storeHeaders(key))
        const byProduct = (await api.get(`/store/guides?product_id=${products.products[0].id}`, storeHeaders(key))).data
        expect(byProduct.guides.map((g: { slug: string }) => g.slug)).toEqual(PRODUCT_GUIDES["travel-boulardii"])

        const bySearch = (await api.get("/store/guides?q=fermented", storeHeaders(key))).data
        expect(bySearch.guides.map((g: { slug: string }) => g.slug)).toContain("fermented-foods-a-practical-guide")
      })

      it("reads a guide with its reviewer, ordered citations, products on sale and related guides", async () => {
        const { data } = await api.get("/store/guides/what-is-the-gut-skin-axis", storeHeaders(key))
        const guide = data.guide
        expect(guide.body).toContain("[^1]")
        expect(guide.citations.map((c: { position: number }) => c.position)).toEqual([1, 2])
        expect(guide.citations[0]).toMatchObject({ doi: "10.3389/fmicb.2018.01459", journal: "Front Microbiol", year: 2018 })
        expect(guide.products.map((p: { handle: string }) => p.handle).sort()).toEqual(
          Object.entries(PRODUCT_GUIDES)
            .filter(([, slugs]) => slugs.includes("what-is-the-gut-skin-axis"))
            .map(([h]) => h)
            .sort()
        )
        expect(guide.products[0]).toEqual(
          expect.objectContaining({ id: expect.any(String), title: expect.any(String), thumbnail: expect.any(String) })
        )
        expect(guide.related_guides.length).toBeGreaterThan(0)
        for (const related of guide.related_guides) {
          expect(related.slug).not.toBe(guide.slug)
          expect(related.tags.some((t: string) => guide.tags.includes(t))).toBe(true)
        }
      })

      it("never sees a draft: not in the list, and its slug is a 404", async () => {
        const author = await createAuthor(api, admin)
        const draft = await createDraftGuide(api, admin, author.id, { slug: "secret-draft", tags: ["skin"] })
        const { data } = await api.get("/store/guides?limit=50&tag=skin", storeHeaders(key))
        expect(data.guides.map((g: { id: string }) => g.id)).not.toContain(draft.id)
        const res = await failedResponse(api.get("/store/guides/secret-draft", storeHeaders(key)))
        expect(res.status).toBe(404)
        expect(res.data.message).toBe('No published guide has the slug "secret-draft"')
      })
    })

    describe("requests the guide store refuses", () => {
      it("answers an unknown slug with a 404 that names it", async () => {
        const res = await failedResponse(api.get("/store/guides/no-such-guide", storeHeaders(key)))
        expect(res.status).toBe(404)
        expect(res.data.message).toMatch(/no-such-guide/)
      })

      it("answers a request without a publishable key with a 400", async () => {
        const res = await failedResponse(api.get("/store/guides"))
        expect(res.status).toBe(400)
        expect(res.data.message).toContain("x-publishable-api-key")
      })

      it("answers a bad limit and an unknown filter with a 400 that names them", async () => {
        const limit = await failedResponse(api.get("/store/guides?limit=many", storeHeaders(key)))
        expect(limit.status).toBe(400)
        expect(limit.data.message).toMatch(/limit/)
        const unknown = await failedResponse(api.get("/store/guides?colour=green", storeHeaders(key)))
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toMatch(/colour/)
      })
    })
  },
})
