import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminUser, type AdminHeaders } from "../helpers/admin"
import { registerCustomer } from "../helpers/customers"
import { createAuthor, createDraftGuide } from "../helpers/guides"
import { emailsSent } from "../helpers/inventory"
import { useMailCatcher } from "../helpers/mail-catcher"
import { failedResponse, seedCatalog, storeHeaders } from "../helpers/seeded-shop"
import { ENGAGEMENT_MODULE } from "../../src/modules/engagement"
import type EngagementModuleService from "../../src/modules/engagement/service"

jest.setTimeout(120 * 1000)

const GUIDE = "what-is-the-gut-skin-axis"

// Newsletter links carry signed tokens, so they live only in the email itself: the reader's inbox is the catcher.
const mailCatcher = useMailCatcher()

/** The link an email gives the reader to the storefront's /newsletter/<page>, read from the email they received. */
async function linkIn(email: { to: string; external_id?: string | null }, page: "confirm" | "unsubscribe"): Promise<string> {
  const received = await mailCatcher().sentAs(email)
  const link = new RegExp(`https?://\\S+/newsletter/${page}\\?token=[\\w.-]+`).exec(received.text)?.[0]
  if (!link) throw new Error(`no ${page} link in: ${received.text}`)
  return link
}
const tokenOf = (link: string) => new URL(link).searchParams.get("token")!

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key: string
    let admin: AdminHeaders
    const store = () => storeHeaders(key)
    const engagement = () => getContainer().resolve<EngagementModuleService>(ENGAGEMENT_MODULE)
    const signUp = (body: Record<string, unknown>) => api.post("/store/newsletter-subscriptions", body, store())
    const confirm = (token: string) => api.post("/store/newsletter-subscriptions/confirm", { token }, store())
    const unsubscribe = (token: string) => api.post("/store/newsletter-subscriptions/unsubscribe", { token }, store())
    const giveFeedback = (slug: string, body: Record<string, unknown>, headers: { headers: Record<string, string> } = store()) =>
      api.post(`/store/guides/${slug}/feedback`, body, headers)
    const guideId = async (slug: string) => (await api.get(`/store/guides/${slug}`, store())).data.guide.id as string

    beforeAll(async () => {
      key = await seedCatalog(getContainer())
      admin = await createAdminUser(getContainer())
    })

    describe("a reader joining the newsletter", () => {
      it("signs up from a guide, waits as pending, and is emailed a link to confirm the address", async () => {
        const res = await signUp({ email: "ana@example.com", source: `guide:${GUIDE}` })
        expect(res.status).toBe(202)
        expect(res.data).toEqual({ message: "Thank you. Unless this address is already on the list, we have emailed a link to confirm it." })

        const [entry] = await engagement().listNewsletterSubscriptions({ email: "ana@example.com" })
        expect(entry).toMatchObject({ source: `guide:${GUIDE}`, status: "pending", confirmed_at: null })
        const [email] = await emailsSent(getContainer(), "newsletter-confirmation", "ana@example.com")
        expect(await linkIn(email!, "confirm")).toMatch(/^http:\/\/localhost:8000\/newsletter\/confirm\?token=[\w-]+\.[\w-]+$/)
      })

      it("confirms with the emailed link, is subscribed, and is welcomed with a link to leave", async () => {
        await signUp({ email: "ivy@example.com" })
        const [confirmation] = await emailsSent(getContainer(), "newsletter-confirmation", "ivy@example.com")

        const res = await confirm(tokenOf(await linkIn(confirmation!, "confirm")))
        expect(res.data).toEqual({ newsletter_subscription: { email: "ivy@example.com", status: "subscribed" } })
        const [entry] = await engagement().listNewsletterSubscriptions({ email: "ivy@example.com" })
        expect(entry!.status).toBe("subscribed")
        expect(entry!.confirmed_at).toBeInstanceOf(Date)

        // A second click (or a mail scanner's) changes nothing and sends no second welcome.
        expect((await confirm(tokenOf(await linkIn(confirmation!, "confirm")))).data.newsletter_subscription.status).toBe("subscribed")
        const welcomes = await emailsSent(getContainer(), "newsletter-welcome", "ivy@example.com")
        expect(welcomes).toHaveLength(1)
        expect(await linkIn(welcomes[0]!, "unsubscribe")).toMatch(/^http:\/\/localhost:8000\/newsletter\/unsubscribe\?token=/)
      })

      it("leaves the list with the welcome email's link, and leaving twice is harmless", async () => {
        await signUp({ email: "jon@example.com" })
        const [confirmation] = await emailsSent(getContainer(), "newsletter-confirmation", "jon@example.com")
        await confirm(tokenOf(await linkIn(confirmation!, "confirm")))
        const [welcome] = await emailsSent(getContainer(), "newsletter-welcome", "jon@example.com")

        for (let i = 0; i < 2; i++) {
          const res = await unsubscribe(tokenOf(await linkIn(welcome!, "unsubscribe")))
          expect(res.data).toEqual({ newsletter_subscription: { email: "jon@example.com", status: "unsubscribed" } })
        }
        const [entry] = await engagement().listNewsletterSubscriptions({ email: "jon@example.com" })
        expect(entry).toMatchObject({ status: "unsubscribed", unsubscribed_at: expect.any(Date) })

        // The old confirmation link cannot put them back on the list.
        const stale = await failedResponse(confirm(tokenOf(await linkIn(confirmation!, "confirm"))))
        expect(stale.status).toBe(409)
        expect(stale.data.message).toBe("This address left the newsletter after this link was sent. To join again, please sign up again.")
      })

      it("refuses a forged, mangled or wrong-purpose link with a 400 that says so, and changes nothing", async () => {
        await signUp({ email: "kim@example.com" })
        const [confirmation] = await emailsSent(getContainer(), "newsletter-confirmation", "kim@example.com")
        const token = tokenOf(await linkIn(confirmation!, "confirm"))
        const forgedAddress = `${Buffer.from(JSON.stringify({ e: "kim@example.com", p: "unsubscribe" })).toString("base64url")}.${token.split(".")[1]}`

        for (const bad of [token.slice(0, -2), `${token}x`, "nonsense", forgedAddress]) {
          const res = await failedResponse(unsubscribe(bad))
          expect({ bad, status: res.status, message: res.data.message }).toEqual({
            bad,
            status: 400,
            message: "This unsubscribe link is not valid. Please copy the whole link from the email.",
          })
        }
        // A confirmation token is not an unsubscribe token, nor the other way round.
        expect((await failedResponse(unsubscribe(token))).status).toBe(400)
        expect((await failedResponse(confirm("abc.def"))).data.message).toBe(
          "This confirmation link is not valid. Please copy the whole link from the email, or sign up again."
        )
        expect((await failedResponse(confirm(""))).data.message).toBe("Invalid request: Value for field 'token' too small, expected at least: '1'")
        expect((await failedResponse(api.post("/store/newsletter-subscriptions/confirm", {}, store()))).status).toBe(400)
        expect((await failedResponse(api.post("/store/newsletter-subscriptions/confirm", { token, extra: 1 }, store()))).status).toBe(400)

        const [entry] = await engagement().listNewsletterSubscriptions({ email: "kim@example.com" })
        expect(entry!.status).toBe("pending")
      })

      it("a genuine link for an address with no sign-up is a 404", async () => {
        await signUp({ email: "lou@example.com" })
        const [confirmation] = await emailsSent(getContainer(), "newsletter-confirmation", "lou@example.com")
        const [entry] = await engagement().listNewsletterSubscriptions({ email: "lou@example.com" })
        await engagement().deleteNewsletterSubscriptions(entry!.id)

        const res = await failedResponse(confirm(tokenOf(await linkIn(confirmation!, "confirm"))))
        expect(res.status).toBe(404)
        expect(res.data.message).toBe("There is no newsletter sign-up for this address. Please sign up again.")
      })

      it("signing up again, in another letter case and with stray spaces, is harmless: the same entry, no second row, no second email", async () => {
        const first = await signUp({ email: "Ben.Reader@Example.com", source: "footer" })
        const again = await signUp({ email: "  ben.reader@EXAMPLE.COM ", source: "guide:how-to-read-a-probiotic-label" })

        // The same answer for a new and a known address: the form tells nobody who is on the list.
        expect([first.status, again.status]).toEqual([202, 202])
        expect(again.data).toEqual(first.data)
        const entries = await engagement().listNewsletterSubscriptions({ email: "ben.reader@example.com" })
        expect(entries).toHaveLength(1)
        expect(entries[0]!.source).toBe("footer")
        // Within ten minutes a repeated sign-up does not send the email again, so nobody's inbox can be flooded.
        expect(await emailsSent(getContainer(), "newsletter-confirmation", "ben.reader@example.com")).toHaveLength(1)
      })

      it("a pending reader who signs up again after ten minutes gets the confirmation email again", async () => {
        await signUp({ email: "max@example.com" })
        const [entry] = await engagement().listNewsletterSubscriptions({ email: "max@example.com" })
        await engagement().updateNewsletterSubscriptions({ id: entry!.id, confirmation_sent_at: new Date(Date.now() - 11 * 60_000) })

        await signUp({ email: "max@example.com" })
        expect(await emailsSent(getContainer(), "newsletter-confirmation", "max@example.com")).toHaveLength(2)
      })

      it("ten sign-ups at once for a pending reader whose email is due again send exactly one email", async () => {
        await signUp({ email: "nia@example.com" })
        const [entry] = await engagement().listNewsletterSubscriptions({ email: "nia@example.com" })
        await engagement().updateNewsletterSubscriptions({ id: entry!.id, confirmation_sent_at: new Date(Date.now() - 11 * 60_000) })

        await Promise.all(Array.from({ length: 10 }, () => signUp({ email: "nia@example.com" })))
        expect(await emailsSent(getContainer(), "newsletter-confirmation", "nia@example.com")).toHaveLength(2)
      })

      it("five identical sign-ups at once leave one entry and no error", async () => {
        const emails = ["cleo@example.com", "Cleo@example.com", "CLEO@EXAMPLE.COM", "cleo@Example.com", " cleo@example.com"]
        const responses = await Promise.all(emails.map((email) => signUp({ email })))

        expect(responses.map((r) => r.status)).toEqual([202, 202, 202, 202, 202])
        expect(await engagement().listNewsletterSubscriptions({ email: "cleo@example.com" })).toHaveLength(1)
      })

      it("a reader who had unsubscribed and signs up again must confirm again", async () => {
        await signUp({ email: "dora@example.com" })
        const [entry] = await engagement().listNewsletterSubscriptions({ email: "dora@example.com" })
        await engagement().updateNewsletterSubscriptions({ id: entry!.id, status: "unsubscribed" })

        const res = await signUp({ email: "Dora@example.com" })
        expect(res.status).toBe(202)
        expect((await engagement().listNewsletterSubscriptions({ email: "dora@example.com" }))[0]!.status).toBe("pending")
        const emails = await emailsSent(getContainer(), "newsletter-confirmation", "dora@example.com")
        expect(emails).toHaveLength(2)
        expect((await confirm(tokenOf(await linkIn(emails[1]!, "confirm")))).data.newsletter_subscription.status).toBe("subscribed")
      })

      it("is told plainly when the email cannot be an address, and nothing is stored", async () => {
        const before = (await engagement().listNewsletterSubscriptions({})).length
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
        expect((await failedResponse(signUp({ email: "zed@example.com", source: "x".repeat(101) }))).status).toBe(400)
        expect((await failedResponse(signUp({ email: "zed@example.com", name: "Zed" }))).data.message).toMatch(/Unrecognized fields: 'name'/)

        expect(await engagement().listNewsletterSubscriptions({})).toHaveLength(before)
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

      it("one visitor has one vote per guide: answering again changes the vote", async () => {
        const visitor = { headers: { ...store().headers, "x-visitor-id": "visitor-one-vote-00000" } }
        const first = await giveFeedback("how-to-read-a-probiotic-label", { helpful: true }, visitor)
        await Promise.all([1, 2, 3].map(() => giveFeedback("how-to-read-a-probiotic-label", { helpful: false, comment: "Changed my mind." }, visitor)))
        const votes = await engagement().listGuideFeedbacks({ guide_id: await guideId("how-to-read-a-probiotic-label") })
        expect(votes.map((v) => [v.id, v.helpful, v.comment])).toEqual([[first.data.feedback.id, false, "Changed my mind."]])
        await engagement().deleteGuideFeedbacks(votes.map((v) => v.id))
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
        const visitor = (id: string) => ({ headers: { ...store().headers, "x-visitor-id": `visitor-${id}-0000000000` } })
        await giveFeedback(GUIDE, { helpful: true, comment: "Loved the citations." }, visitor("a"))
        await giveFeedback(GUIDE, { helpful: true }, visitor("b"))
        await giveFeedback(GUIDE, { helpful: false, comment: "Too technical for me." }, visitor("c"))
        await giveFeedback("how-to-read-a-probiotic-label", { helpful: false, comment: "About another guide." }, visitor("a"))

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
        await engagement().deleteNewsletterSubscriptions((await engagement().listNewsletterSubscriptions({})).map((s) => s.id))
        for (const email of ["fay@example.com", "gus@example.org", "hal@example.com"]) await signUp({ email })

        const { data: page } = await api.get("/admin/newsletter-subscriptions?limit=2", admin)
        expect(page).toMatchObject({ count: 3, limit: 2, offset: 0 })
        expect(page.newsletter_subscriptions.map((s: { email: string }) => s.email)).toEqual(["hal@example.com", "gus@example.org"])
        const { data: rest } = await api.get("/admin/newsletter-subscriptions?limit=2&offset=2", admin)
        expect(rest.newsletter_subscriptions.map((s: { email: string }) => s.email)).toEqual(["fay@example.com"])

        const { data: found } = await api.get("/admin/newsletter-subscriptions?q=EXAMPLE.ORG", admin)
        expect(found.newsletter_subscriptions).toEqual([expect.objectContaining({ email: "gus@example.org", status: "pending" })])
        // The email tool that sends the letter gets each reader's way off the list.
        const link = found.newsletter_subscriptions[0].unsubscribe_url as string
        expect((await unsubscribe(tokenOf(link))).data.newsletter_subscription).toEqual({ email: "gus@example.org", status: "unsubscribed" })
        // The search term is literal: "_" is not a wildcard.
        expect((await api.get("/admin/newsletter-subscriptions?q=f_y", admin)).data.count).toBe(0)
        expect((await api.get("/admin/newsletter-subscriptions?status=unsubscribed", admin)).data.count).toBe(1)
        expect((await api.get("/admin/newsletter-subscriptions?status=pending", admin)).data.count).toBe(2)
        expect((await failedResponse(api.get("/admin/newsletter-subscriptions?sort=email", admin))).status).toBe(400)
      })

      it("keeps the list and the feedback from anyone who is not signed in to the admin", async () => {
        expect((await failedResponse(api.get("/admin/newsletter-subscriptions"))).status).toBe(401)
        expect((await failedResponse(api.get(`/admin/guides/${await guideId(GUIDE)}/feedback`))).status).toBe(401)
      })
    })
  },
})
