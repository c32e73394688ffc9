import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { registerCustomer } from "../helpers/customers"
import { engagementShop, GUIDE } from "../helpers/engagement"
import { createAuthor, createDraftGuide } from "../helpers/guides"
import { failedResponse } from "../helpers/seeded-shop"

jest.setTimeout(120 * 1000)

// A reader answering "was this helpful?" under a guide, and the content team reading the answers
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    const { shop, store, engagement, giveFeedback, guideId } = engagementShop(api, getContainer)

    describe('a reader answering "was this helpful?" under a guide', () => {
      it("answers anonymously on a published guide; the answer and comment are stored without a customer", async () => {
        const res = await giveFeedback(GUIDE, { helpful: true, comment: "  Clear and well referenced.  " })

        expect(res.status).toBe(201)
        expect(res.data).toEqual({ feedback: { id: expect.any(String), helpful: true } })
        const stored = await engagement().retrieveGuideFeedback(res.data.feedback.id)
        expect(stored).toMatchObject({
          guide_id: await guideId(GUIDE),
          helpful: true,
          comment: "Clear and well referenced.",
          customer_id: null,
        })
      })

      it("a logged-in customer's answer remembers who gave it", async () => {
        const shopper = await registerCustomer(api, shop.key, "eve.reader@example.com")

        const res = await giveFeedback(GUIDE, { helpful: false }, shopper.headers)
        expect(res.status).toBe(201)
        expect(await engagement().retrieveGuideFeedback(res.data.feedback.id)).toMatchObject({ customer_id: shopper.id, comment: null })
      })

      it("one visitor has one vote per guide: answering again changes the vote", async () => {
        const visitor = { headers: { ...store().headers, "x-visitor-id": "visitor-one-vote-00000" } }
        const first = await giveFeedback("how-to-read-a-probiotic-label", { helpful: true }, visitor)
        await Promise.all(
          [1, 2, 3].map(() => giveFeedback("how-to-read-a-probiotic-label", { helpful: false, comment: "Changed my mind." }, visitor))
        )
        const votes = await engagement().listGuideFeedbacks({ guide_id: await guideId("how-to-read-a-probiotic-label") })
        expect(votes.map((v) => [v.id, v.helpful, v.comment])).toEqual([[first.data.feedback.id, false, "Changed my mind."]])
        await engagement().deleteGuideFeedbacks(votes.map((v) => v.id))
      })

      it("cannot answer under a draft or a guide that does not exist", async () => {
        const author = await createAuthor(api, shop.admin)
        await createDraftGuide(api, shop.admin, author.id, { slug: "walking-draft" })

        for (const slug of ["walking-draft", "no-such-guide"]) {
          const res = await failedResponse(giveFeedback(slug, { helpful: true }))
          expect(res.status).toBe(404)
          expect(res.data.message).toBe(`No published guide has the slug "${slug}"`)
        }
        expect(await engagement().listGuideFeedbacks({})).toHaveLength(0)
      })

      it("is refused a comment over 500 characters, or an answer that is not yes or no", async () => {
        const tooLong = await failedResponse(giveFeedback(GUIDE, { helpful: true, comment: "x".repeat(501) }))
        expect(tooLong.status).toBe(400)
        expect(tooLong.data.message).toMatch(/comment/)
        expect((await giveFeedback(GUIDE, { helpful: true, comment: "x".repeat(500) })).status).toBe(201)

        expect((await failedResponse(giveFeedback(GUIDE, { helpful: "yes" }))).status).toBe(400)
        expect((await failedResponse(giveFeedback(GUIDE, {}))).data.message).toBe("Invalid request: Field 'helpful' is required")
        expect((await failedResponse(giveFeedback(GUIDE, { helpful: true, rating: 5 }))).status).toBe(400)
      })
    })

    describe("the content team reading what readers said", () => {
      it("sees how many found a guide helpful or not, and the latest comments first", async () => {
        const visitor = (id: string) => ({ headers: { ...store().headers, "x-visitor-id": `visitor-${id}-0000000000` } })
        await giveFeedback(GUIDE, { helpful: true, comment: "Loved the citations." }, visitor("a"))
        await giveFeedback(GUIDE, { helpful: true }, visitor("b"))
        await giveFeedback(GUIDE, { helpful: false, comment: "Too technical for me." }, visitor("c"))
        await giveFeedback("how-to-read-a-probiotic-label", { helpful: false, comment: "About another guide." }, visitor("a"))

        const { data } = await api.get(`/admin/guides/${await guideId(GUIDE)}/feedback`, shop.admin)
        expect(data).toEqual({
          helpful: 2,
          not_helpful: 1,
          recent_comments: [
            expect.objectContaining({ helpful: false, comment: "Too technical for me.", customer_id: null }),
            expect.objectContaining({ helpful: true, comment: "Loved the citations." }),
          ],
        })

        const { data: latestOnly } = await api.get(`/admin/guides/${await guideId(GUIDE)}/feedback?limit=1`, shop.admin)
        expect(latestOnly.recent_comments.map((c: { comment: string }) => c.comment)).toEqual(["Too technical for me."])
      })

      it("sees zero counts for a guide nobody answered yet, and a 404 for an unknown guide", async () => {
        const author = await createAuthor(api, shop.admin)
        const draft = await createDraftGuide(api, shop.admin, author.id, { slug: "quiet-draft" })
        expect((await api.get(`/admin/guides/${draft.id}/feedback`, shop.admin)).data).toEqual({
          helpful: 0,
          not_helpful: 0,
          recent_comments: [],
        })

        const unknown = await failedResponse(api.get("/admin/guides/guide_unknown/feedback", shop.admin))
        expect(unknown.status).toBe(404)
        expect((await failedResponse(api.get(`/admin/guides/${draft.id}/feedback?limit=0`, shop.admin))).status).toBe(400)
      })
    })
  },
})
