import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminUser, type AdminHeaders } from "../helpers/admin"
import { registerCustomer } from "../helpers/customers"
import { createAuthor, createDraftGuide } from "../helpers/guides"
import { failedResponse, seedCatalog, storeHeaders } from "../helpers/seeded-shop"
import { ENGAGEMENT_MODULE } from "../../src/modules/engagement"
import type EngagementModuleService from "../../src/modules/engagement/service"

jest.setTimeout(120 * 1000)

const GUIDE = "what-is-the-gut-skin-axis"

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key: string
    let admin: AdminHeaders
    const store = () => storeHeaders(key)
    const engagement = () => getContainer().resolve<EngagementModuleService>(ENGAGEMENT_MODULE)
    const signUp = (body: Record<string, unknown>) => api.post("/store/newsletter-subscriptions", body, store())
    const giveFeedback = (slug: string, body: Record<string, unknown>, headers: { headers: Record<string, string> } = store()) =>
      api.post(`/store/guides/${slug}/feedback`, body, headers)
    const guideId = async (slug: string) => (await api.get(`/store/guides/${slug}`, store())).data.guide.id as string

    beforeAll(async () => {
      key = await seedCatalog(getContainer())
      admin = await createAdminUser(getContainer())
    })

    describe("a reader joining the newsletter", () => {
      it("signs up from a guide and is on the list, subscribed, with where they signed up", async () => {
        const res = await signUp({ email: "ana@example.com", source: `guide:${GUIDE}` })
        expect(res.status).toBe(201)
        expect(res.data).toEqual({ newsletter_subscription: { email: "ana@example.com", status: "subscribed" } })

        const [entry] = await engagement().listNewsletterSubscriptions({ email: "ana@example.com" })
        expect(entry).toMatchObject({ source: `guide:${GUIDE}`, status: "subscribed", confirmed_at: null })
      })

      it("signing up again, in another letter case and with stray spaces, is harmless: the same entry, no second row", async () => {
        const first = await signUp({ email: "Ben.Reader@Example.com", source: "footer" })
        const again = await signUp({ email: "  ben.reader@EXAMPLE.COM ", source: "guide:how-to-read-a-probiotic-label" })

        expect(first.status).toBe(201)
        expect(again.status).toBe(200)
        expect(again.data).toEqual({ newsletter_subscription: { email: "ben.reader@example.com", status: "subscribed" } })
        const entries = await engagement().listNewsletterSubscriptions({ email: "ben.reader@example.com" })
        expect(entries).toHaveLength(1)
        expect(entries[0]!.source).toBe("footer")
      })

      it("five identical sign-ups at once leave one entry and no error", async () => {
        const emails = ["cleo@example.com", "Cleo@example.com", "CLEO@EXAMPLE.COM", "cleo@Example.com", " cleo@example.com"]
        const responses = await Promise.all(emails.map((email) => signUp({ email })))

        expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201])
        for (const res of responses) expect(res.data.newsletter_subscription).toEqual({ email: "cleo@example.com", status: "subscribed" })
        expect(await engagement().listNewsletterSubscriptions({ email: "cleo@example.com" })).toHaveLength(1)
      })

      it("a reader who had unsubscribed and signs up again is back on the list", async () => {
        await signUp({ email: "dora@example.com" })
        const [entry] = await engagement().listNewsletterSubscriptions({ email: "dora@example.com" })
        await engagement().updateNewsletterSubscriptions({ id: entry!.id, status: "unsubscribed" })

        const res = await signUp({ email: "Dora@example.com" })
        expect(res.status).toBe(200)
        expect(res.data.newsletter_subscription).toEqual({ email: "dora@example.com", status: "subscribed" })
      })

      it("is told plainly when the email cannot be an address, and nothing is stored", async () => {
        for (const email of ["not-an-email", "ana@", "@example.com", "ana@example", "two@@example.com", "ana smith@example.com", "   "]) {
          const res = await failedResponse(signUp({ email }))
          expect({ email, status: res.status, message: res.data.message }).toEqual({
            email,
            status: 400,
            message: "Invalid request: email must be a valid email address",
          })
        }
        expect((await failedResponse(signUp({ email: `${"a".repeat(250)}@example.com` }))).status).toBe(400)
        expect((await failedResponse(signUp({}))).data.message).toBe("Invalid request: Field 'email' is required")
        expect((await failedResponse(signUp({ email: 42 }))).status).toBe(400)
        expect((await failedResponse(signUp({ email: "ana@example.com", source: "x".repeat(101) }))).status).toBe(400)
        expect((await failedResponse(signUp({ email: "ana@example.com", name: "Ana" }))).data.message).toMatch(/Unrecognized fields: 'name'/)

        expect(await engagement().listNewsletterSubscriptions({})).toHaveLength(0)
      })
    })

    describe("a reader answering \"was this helpful?\" under a guide", () => {
      it("answers anonymously on a published guide; the answer and comment are stored without a customer", async () => {
        const res = await giveFeedback(GUIDE, { helpful: true, comment: "  Clear and well referenced.  " })

        expect(res.status).toBe(201)
        expect(res.data).toEqual({ feedback: { id: expect.any(String), helpful: true } })
        const stored = await engagement().retrieveGuideFeedback(res.data.feedback.id)
        expect(stored).toMatchObject({ guide_id: await guideId(GUIDE), helpful: true, comment: "Clear and well referenced.", customer_id: null })
      })

      it("a logged-in customer's answer remembers who gave it", async () => {
        const shopper = await registerCustomer(api, key, "eve.reader@example.com")

        const res = await giveFeedback(GUIDE, { helpful: false }, shopper.headers)
        expect(res.status).toBe(201)
        expect(await engagement().retrieveGuideFeedback(res.data.feedback.id)).toMatchObject({ customer_id: shopper.id, comment: null })
      })

      it("cannot answer under a draft or a guide that does not exist", async () => {
        const author = await createAuthor(api, admin)
        await createDraftGuide(api, admin, author.id, { slug: "walking-draft" })

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
        await giveFeedback(GUIDE, { helpful: true, comment: "Loved the citations." })
        await giveFeedback(GUIDE, { helpful: true })
        await giveFeedback(GUIDE, { helpful: false, comment: "Too technical for me." })
        await giveFeedback("how-to-read-a-probiotic-label", { helpful: false, comment: "About another guide." })

        const { data } = await api.get(`/admin/guides/${await guideId(GUIDE)}/feedback`, admin)
        expect(data).toEqual({
          helpful: 2,
          not_helpful: 1,
          recent_comments: [
            expect.objectContaining({ helpful: false, comment: "Too technical for me.", customer_id: null }),
            expect.objectContaining({ helpful: true, comment: "Loved the citations." }),
          ],
        })

        const { data: latestOnly } = await api.get(`/admin/guides/${await guideId(GUIDE)}/feedback?limit=1`, admin)
        expect(latestOnly.recent_comments.map((c: { comment: string }) => c.comment)).toEqual(["Too technical for me."])
      })

      it("sees zero counts for a guide nobody answered yet, and a 404 for an unknown guide", async () => {
        const author = await createAuthor(api, admin)
        const draft = await createDraftGuide(api, admin, author.id, { slug: "quiet-draft" })
        expect((await api.get(`/admin/guides/${draft.id}/feedback`, admin)).data).toEqual({ helpful: 0, not_helpful: 0, recent_comments: [] })

        const unknown = await failedResponse(api.get("/admin/guides/guide_unknown/feedback", admin))
        expect(unknown.status).toBe(404)
        expect((await failedResponse(api.get(`/admin/guides/${draft.id}/feedback?limit=0`, admin))).status).toBe(400)
      })

      it("pages through the newsletter list, newest first, and finds readers by part of their email", async () => {
        for (const email of ["fay@example.com", "gus@example.org", "hal@example.com"]) await signUp({ email })

        const { data: page } = await api.get("/admin/newsletter-subscriptions?limit=2", admin)
        expect(page).toMatchObject({ count: 3, limit: 2, offset: 0 })
        expect(page.newsletter_subscriptions.map((s: { email: string }) => s.email)).toEqual(["hal@example.com", "gus@example.org"])
        const { data: rest } = await api.get("/admin/newsletter-subscriptions?limit=2&offset=2", admin)
        expect(rest.newsletter_subscriptions.map((s: { email: string }) => s.email)).toEqual(["fay@example.com"])

        const { data: found } = await api.get("/admin/newsletter-subscriptions?q=EXAMPLE.ORG", admin)
        expect(found.newsletter_subscriptions).toEqual([expect.objectContaining({ email: "gus@example.org", status: "subscribed" })])
        // The search term is literal: "_" is not a wildcard.
        expect((await api.get("/admin/newsletter-subscriptions?q=f_y", admin)).data.count).toBe(0)
        expect((await api.get("/admin/newsletter-subscriptions?status=unsubscribed", admin)).data.count).toBe(0)
        expect((await failedResponse(api.get("/admin/newsletter-subscriptions?sort=email", admin))).status).toBe(400)
      })

      it("keeps the list and the feedback from anyone who is not signed in to the admin", async () => {
        expect((await failedResponse(api.get("/admin/newsletter-subscriptions"))).status).toBe(401)
        expect((await failedResponse(api.get(`/admin/guides/${await guideId(GUIDE)}/feedback`))).status).toBe(401)
      })
    })
  },
})
