import { FDA_DISCLAIMER_PLURAL, FDA_DISCLAIMER_SINGULAR } from "@biome/shared"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { findProductCopyProblems } from "../../src/api/admin/claims/product-copy"
import { CATALOG } from "../../src/scripts/seed/catalog"
import { createAdminUser, type AdminHeaders } from "../helpers/admin"
import { createAuthor, createDraftGuide } from "../helpers/guides"
import { failedResponse, seedCatalog } from "../helpers/seeded-shop"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let admin: AdminHeaders
    let dailyBalanceId: string

    beforeAll(async () => {
      await seedCatalog(getContainer())
      admin = await createAdminUser(getContainer())
    })

    beforeEach(async () => {
      const { data } = await api.get("/admin/products?handle=daily-balance-probiotic&fields=id", admin)
      dailyBalanceId = data.products[0].id
    })

    describe("an editor asking the claims check about some text", () => {
      it("is told a product cannot claim to clear acne, and why", async () => {
        const { data } = await api.post("/admin/claims/check", { text: "Clears acne in 30 days." }, admin)
        expect(data).toMatchObject({ ok: false, marked_claims: 0, disclaimer: null })
        expect(data.findings).toEqual([
          expect.objectContaining({ rule: "disease-claim", severity: "error", excerpt: "Clears acne", start: 0, end: 11 }),
        ])
        expect(data.findings[0].reason).toMatch(/21 CFR 101\.93/)
      })

      it("is told to mark a structure/function claim, and gets the disclaimer once it is marked", async () => {
        const unmarked = (await api.post("/admin/claims/check", { text: "Supports digestive health." }, admin)).data
        expect(unmarked.findings[0]).toMatchObject({ rule: "unmarked-structure-function", severity: "error" })

        const one = (await api.post("/admin/claims/check", { text: "Supports digestive health*." }, admin)).data
        expect(one).toEqual({ ok: true, findings: [], marked_claims: 1, disclaimer: FDA_DISCLAIMER_SINGULAR })
        const two = (await api.post("/admin/claims/check", { text: "Supports digestive comfort* and regularity*." }, admin)).data
        expect(two).toMatchObject({ ok: true, marked_claims: 2, disclaimer: FDA_DISCLAIMER_PLURAL })
      })

      it("lets a guide discuss research on a disease that product copy may not mention that way", async () => {
        const text = "Researchers have studied whether the gut microbiome differs in people with eczema[^1]."
        expect((await api.post("/admin/claims/check", { text, kind: "guide" }, admin)).data.ok).toBe(true)
        const claim = "This probiotic relieves eczema."
        expect((await api.post("/admin/claims/check", { text: claim, kind: "guide" }, admin)).data.ok).toBe(false)
      })

      it("checks a guide being edited for claims and citations together", async () => {
        const { data } = await api.post(
          "/admin/claims/check-guide",
          { body: "Our probiotic cures IBS[^2].", citations: [{ title: "A study" }] },
          admin
        )
        expect(data.ok).toBe(false)
        expect(data.claims.findings[0]).toMatchObject({ rule: "disease-claim" })
        expect(data.citation_errors.map((e: { code: string }) => e.code)).toEqual(["missing_citation", "uncited_citation"])
      })

      it.each([
        ["no text", {}, /text/],
        ["an unknown kind", { text: "Hello", kind: "blog" }, /kind/],
        ["an unknown field", { text: "Hello", strict: true }, /strict/],
      ])("answers %s with a 400 that says what is wrong", async (_story, body, message) => {
        const res = await failedResponse(api.post("/admin/claims/check", body, admin))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(message)
      })

      it("asks anyone without an admin session to log in", async () => {
        expect((await failedResponse(api.post("/admin/claims/check", { text: "Hello" }))).status).toBe(401)
      })
    })

    describe("saving product copy", () => {
      it("refuses a description that says the product treats a disease, listing the findings", async () => {
        const description = "A daily probiotic that clears acne and soothes eczema."
        const res = await failedResponse(api.post(`/admin/products/${dailyBalanceId}`, { description }, admin))
        expect(res.status).toBe(400)
        expect(res.data.type).toBe("invalid_data")
        expect(res.data.message).toMatch(/cannot be saved/)
        expect(res.data.findings.map((f: { field: string; rule: string }) => [f.field, f.rule])).toEqual([
          ["description", "disease-claim"],
          ["description", "disease-claim"],
        ])
        const { data } = await api.get(`/admin/products/${dailyBalanceId}?fields=description`, admin)
        expect(data.product.description).not.toBe(description)
      })

      it("refuses an unmarked structure/function claim in the subtitle", async () => {
        const res = await failedResponse(api.post(`/admin/products/${dailyBalanceId}`, { subtitle: "Supports immune function" }, admin))
        expect(res.status).toBe(400)
        expect(res.data.findings[0]).toMatchObject({ field: "subtitle", rule: "unmarked-structure-function" })
      })

      it("saves copy whose claims are marked", async () => {
        const description = "Three researched strains in one capsule. Supports digestive comfort*."
        const { data } = await api.post(`/admin/products/${dailyBalanceId}`, { description }, admin)
        expect(data.product.description).toBe(description)
      })

      it("refuses a new product named after a disease it claims to cure", async () => {
        const res = await failedResponse(
          api.post("/admin/products", { title: "Eczema Cure Capsules", options: [{ title: "Size", values: ["30"] }] }, admin)
        )
        expect(res.status).toBe(400)
        expect(res.data.findings[0]).toMatchObject({ field: "title", rule: "disease-claim" })
      })

      it("refuses a batch update with a disease claim, naming the product's place in the batch", async () => {
        const body = { update: [{ id: dailyBalanceId, description: "Prevents colds and flu." }] }
        const res = await failedResponse(api.post("/admin/products/batch", body, admin))
        expect(res.status).toBe(400)
        expect(res.data.findings[0]).toMatchObject({ field: "description", batch: { list: "update", index: 0 } })
      })

      it("refuses a variant title that names a disease, on the variant routes and inside a product update", async () => {
        const { data } = await api.get(`/admin/products/${dailyBalanceId}?fields=variants.id,variants.title`, admin)
        const variant = data.product.variants[0]
        const res = await failedResponse(
          api.post(`/admin/products/${dailyBalanceId}/variants/${variant.id}`, { title: "IBS relief pack, 60 capsules" }, admin)
        )
        expect(res.status).toBe(400)
        expect(res.data.findings[0]).toMatchObject({ rule: "disease-claim", excerpt: "IBS relief", rewrite: "supports digestive health*" })
        expect(res.data.findings[0].field).toMatch(/title$/)
        const inUpdate = await failedResponse(
          api.post(`/admin/products/${dailyBalanceId}`, { variants: [{ id: variant.id, title: "Flu season pack" }] }, admin)
        )
        expect(inUpdate.status).toBe(400)
        expect(inUpdate.data.findings[0]).toMatchObject({ field: "variants[0].title" })
        const after = await api.get(`/admin/products/${dailyBalanceId}?fields=variants.id,variants.title`, admin)
        expect(after.data.product.variants.find((v: { id: string }) => v.id === variant.id).title).toBe(variant.title)
      })

      it("refuses supplement-facts directions that tell the customer to take it for a disease", async () => {
        const { data } = await api.get(`/admin/products/${dailyBalanceId}?fields=metadata`, admin)
        const facts = { ...data.product.metadata.supplement_facts, directions: "Take two capsules a day to treat rosacea." }
        const res = await failedResponse(
          api.post(`/admin/products/${dailyBalanceId}`, { metadata: { ...data.product.metadata, supplement_facts: facts } }, admin)
        )
        expect(res.status).toBe(400)
        expect(res.data.findings[0]).toMatchObject({ field: "metadata.supplement_facts.directions", rule: "disease-claim" })
        expect(res.data.message).toMatch(/metadata\.supplement_facts\.directions/)
      })

      it("accepts the seeded catalog's copy", () => {
        for (const product of CATALOG) {
          const flagged = findProductCopyProblems({ ...product }).map((f) => f.excerpt)
          expect({ handle: product.handle, flagged }).toEqual({ handle: product.handle, flagged: [] })
        }
      })
    })

    describe("the claims report", () => {
      it("lists every seeded product and guide, and none of them has a finding", async () => {
        const { data } = await api.get("/admin/claims/report", admin)
        const { data: products } = await api.get("/admin/products?fields=id&limit=100", admin)
        const { data: guides } = await api.get("/admin/guides?limit=100", admin)
        expect(data.products).toHaveLength(products.count)
        expect(data.guides).toHaveLength(guides.count)
        expect(data.guides.length).toBeGreaterThan(0)
        const flagged = [...data.products, ...data.guides].filter((r: { findings: unknown[] }) => r.findings.length > 0)
        expect(flagged).toEqual([])
        expect(data.totals).toEqual({ products: products.count, guides: guides.count, with_errors: 0, with_warnings: 0 })
      })

      it("shows a guide's finding, with its field, its reason and a rewrite", async () => {
        // A draft may hold a claim; publishing it is refused.
        const author = await createAuthor(api, admin, "Report Writer")
        const draft = await createDraftGuide(api, admin, author.id, { slug: "draft-with-a-claim", summary: "Our probiotic cures eczema." })
        const { data } = await api.get("/admin/claims/report", admin)
        const row = data.guides.find((g: { id: string }) => g.id === draft.id)
        expect(row).toMatchObject({ slug: "draft-with-a-claim", ok: false, errors: 1 })
        expect(row.findings[0]).toMatchObject({
          field: "summary",
          rule: "disease-claim",
          excerpt: "cures eczema",
          rewrite: "supports clear-looking skin*",
        })
        expect(data.totals.with_errors).toBe(1)

        const res = await failedResponse(api.post(`/admin/guides/${draft.id}/publish`, {}, admin))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/Summary: Disease claim: "cures eczema"/)
      })

      it("asks anyone without an admin session to log in", async () => {
        expect((await failedResponse(api.get("/admin/claims/report"))).status).toBe(401)
      })
    })
  },
})
