import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminUser, type AdminHeaders } from "../helpers/admin"
import { CLEAN_BODY, createAuthor, createDraftGuide, MONDA_2017, SALEM_2018 } from "../helpers/guides"
import { failedResponse, seedCatalog, storeHeaders } from "../helpers/seeded-shop"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key: string
    let admin: AdminHeaders
    let authorId: string

    beforeAll(async () => {
      key = await seedCatalog(getContainer())
      admin = await createAdminUser(getContainer())
    })

    beforeEach(async () => {
      authorId = (await createAuthor(api, admin)).id
    })

    describe("an editor writing a guide", () => {
      it("saves a draft with its author, reviewer, numbered citations and a reading time", async () => {
        const reviewer = await createAuthor(api, admin, "Dr. Review")
        const created = await createDraftGuide(api, admin, authorId, {
          reviewer_id: reviewer.id,
          body: `${CLEAN_BODY}\n\n${"word ".repeat(500)}`,
        })
        expect(created).toMatchObject({ status: "draft", published_at: null, reading_minutes: 3, tags: ["exercise", "habits"] })

        const { data } = await api.get(`/admin/guides/${created.id}`, admin)
        expect(data.guide.author).toMatchObject({ id: authorId, name: "Test Writer", credentials: "MSc, RD" })
        expect(data.guide.reviewer).toMatchObject({ id: reviewer.id })
        expect(data.guide.citations.map((c: { position: number; title: string }) => [c.position, c.title])).toEqual([
          [1, MONDA_2017.title],
          [2, SALEM_2018.title],
        ])
        expect(data.guide.compliance).toMatchObject({ ok: true, citation_errors: [] })
      })

      it("replaces the whole reference list when the citations are edited", async () => {
        const guide = await createDraftGuide(api, admin, authorId)
        const { data } = await api.post(
          `/admin/guides/${guide.id}`,
          { body: "Exercise shapes gut microbes[^1].", citations: [SALEM_2018] },
          admin
        )
        expect(data.guide.citations).toEqual([expect.objectContaining({ position: 1, title: SALEM_2018.title, doi: SALEM_2018.doi })])
      })

      it("publishes a clean guide, dated now, and takes it off the store again when unpublished", async () => {
        const guide = await createDraftGuide(api, admin, authorId)
        const { data } = await api.post(`/admin/guides/${guide.id}/publish`, {}, admin)
        expect(data.guide.status).toBe("published")
        expect(new Date(data.guide.published_at).getTime()).toBeGreaterThan(Date.now() - 60_000)
        expect((await api.get(`/store/guides/${guide.slug}`, storeHeaders(key))).data.guide.id).toBe(guide.id)

        const { data: after } = await api.post(`/admin/guides/${guide.id}/unpublish`, {}, admin)
        expect(after.guide).toMatchObject({ status: "draft", published_at: null })
        const hidden = await failedResponse(api.get(`/store/guides/${guide.slug}`, storeHeaders(key)))
        expect(hidden.status).toBe(404)
      })

      it("deletes a guide with its product links", async () => {
        const guide = await createDraftGuide(api, admin, authorId)
        const { data: products } = await api.get("/admin/products?handle=gut-restore-50&fields=id", admin)
        await api.post(`/admin/guides/${guide.id}/products`, { add: [{ product_id: products.products[0].id }] }, admin)

        const { data } = await api.delete(`/admin/guides/${guide.id}`, admin)
        expect(data).toEqual({ id: guide.id, object: "guide", deleted: true })
        expect((await failedResponse(api.get(`/admin/guides/${guide.id}`, admin))).status).toBe(404)
        const { data: left } = await api.get(`/admin/products/${products.products[0].id}/guides`, admin)
        expect(left.guides.map((g: { guide_id: string }) => g.guide_id)).not.toContain(guide.id)
      })
    })

    describe("the claims check refusing to publish", () => {
      it("refuses a guide that says a product treats a disease, listing the findings", async () => {
        const guide = await createDraftGuide(api, admin, authorId, {
          body: `${CLEAN_BODY}\n\nOur probiotic clears acne in four weeks.`,
        })
        const res = await failedResponse(api.post(`/admin/guides/${guide.id}/publish`, {}, admin))
        expect(res.status).toBe(400)
        expect(res.data).toMatchObject({
          type: "invalid_data",
          findings: [expect.objectContaining({ rule: "disease-claim", severity: "error" })],
        })
        expect(res.data.message).toMatch(/cannot be published/)
        expect(res.data.message).toMatch(/acne/)
        expect((await api.get(`/admin/guides/${guide.id}`, admin)).data.guide.status).toBe("draft")
      })

      it("refuses a guide created directly as published with a disease claim, and saves nothing", async () => {
        const res = await failedResponse(
          createDraftGuide(api, admin, authorId, { status: "published", body: "This supplement cures eczema[^1][^2]." })
        )
        expect(res.status).toBe(400)
        expect(res.data.findings[0]).toMatchObject({ rule: "disease-claim", excerpt: expect.stringContaining("eczema") })
        const { data } = await api.get("/admin/guides?q=walking", admin)
        expect(data.count).toBe(0)
      })

      it("the product page's link picker asks for published guides only, and gets no drafts", async () => {
        const live = await createDraftGuide(api, admin, authorId, { status: "published" })
        const draft = await createDraftGuide(api, admin, authorId, { slug: "a-draft-on-sleep", title: "A draft on sleep" })
        const { data } = await api.get("/admin/guides?status=published&limit=100", admin)
        const ids = data.guides.map((g: { id: string }) => g.id)
        expect(ids).toContain(live.id)
        expect(ids).not.toContain(draft.id)
        expect(data.guides.every((g: { status: string }) => g.status === "published")).toBe(true)
      })

      it("refuses an edit that adds a disease claim to a published guide, keeping the old body", async () => {
        const guide = await createDraftGuide(api, admin, authorId, { status: "published" })
        const res = await failedResponse(
          api.post(`/admin/guides/${guide.id}`, { body: `${CLEAN_BODY} This supplement treats IBS.` }, admin)
        )
        expect(res.status).toBe(400)
        expect(res.data.findings).toHaveLength(1)
        expect((await api.get(`/admin/guides/${guide.id}`, admin)).data.guide.body).toBe(CLEAN_BODY)
      })

      it("refuses to publish when a marker has no citation or a citation is never cited", async () => {
        const guide = await createDraftGuide(api, admin, authorId, { body: "Exercise changes gut microbes[^1] and sleep matters[^3]." })
        const res = await failedResponse(api.post(`/admin/guides/${guide.id}/publish`, {}, admin))
        expect(res.status).toBe(400)
        expect(res.data.findings).toEqual([])
        expect(res.data.citation_errors.map((e: { code: string; number: number }) => [e.code, e.number])).toEqual([
          ["missing_citation", 3],
          ["uncited_citation", 2],
        ])
        expect(res.data.message).toMatch(/Marker \[\^3\] cites reference 3/)
      })

      it("lets a draft keep its problems until it is published", async () => {
        const guide = await createDraftGuide(api, admin, authorId, { body: "Our probiotic clears acne." })
        expect(guide.status).toBe("draft")
        expect(guide.compliance.ok).toBe(false)
      })
    })

    describe("input the admin API refuses", () => {
      it("refuses a second guide with the same slug", async () => {
        await createDraftGuide(api, admin, authorId)
        const res = await failedResponse(createDraftGuide(api, admin, authorId))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/slug "walking-and-your-gut" already exists/)
      })

      it.each([
        ["a missing title", { title: undefined }, /title/],
        ["a slug with spaces", { slug: "Walking and gut" }, /slug/],
        ["a citation nobody can look up", { citations: [{ ...SALEM_2018, doi: undefined }] }, /doi, a pmid or a url/],
        ["an unknown field", { colour: "green" }, /colour/],
        ["a status that does not exist", { status: "live" }, /status/],
      ])("answers %s with a 400 that says what is wrong", async (_story, overrides, message) => {
        const res = await failedResponse(createDraftGuide(api, admin, authorId, overrides))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(message)
      })

      it("answers unknown guides and authors with a 404", async () => {
        expect((await failedResponse(api.get("/admin/guides/guide_missing", admin))).status).toBe(404)
        expect((await failedResponse(api.post("/admin/guides/guide_missing", { title: "New" }, admin))).status).toBe(404)
        expect((await failedResponse(api.post("/admin/guides/guide_missing/publish", {}, admin))).status).toBe(404)
        expect((await failedResponse(api.delete("/admin/guides/guide_missing", admin))).status).toBe(404)
        const res = await failedResponse(createDraftGuide(api, admin, "gauth_missing"))
        expect(res.status).toBe(404)
        expect(res.data.message).toMatch(/gauth_missing/)
      })

      it("answers a non-numeric limit with a 400", async () => {
        const res = await failedResponse(api.get("/admin/guides?limit=many", admin))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/limit/)
      })

      it("asks anyone without an admin session to log in", async () => {
        expect((await failedResponse(api.get("/admin/guides"))).status).toBe(401)
      })
    })

    describe("managing authors", () => {
      it("edits an author's credentials", async () => {
        const { data } = await api.post(`/admin/guide-authors/${authorId}`, { credentials: "PhD" }, admin)
        expect(data.guide_author).toMatchObject({ id: authorId, credentials: "PhD", name: "Test Writer" })
      })

      it("refuses to delete an author whose guide still carries their name", async () => {
        await createDraftGuide(api, admin, authorId)
        const res = await failedResponse(api.delete(`/admin/guide-authors/${authorId}`, admin))
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/Walking and your gut/)
      })

      it("deletes an author nobody depends on", async () => {
        const { data } = await api.delete(`/admin/guide-authors/${authorId}`, admin)
        expect(data).toEqual({ id: authorId, object: "guide_author", deleted: true })
        expect((await failedResponse(api.get(`/admin/guide-authors/${authorId}`, admin))).status).toBe(404)
      })
    })
  },
})
