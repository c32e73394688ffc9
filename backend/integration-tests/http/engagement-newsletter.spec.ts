import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { engagementShop, GUIDE } from "../helpers/engagement"
import { emailsSent } from "../helpers/inventory"
import { useMailCatcher } from "../helpers/mail-catcher"
import { failedResponse } from "../helpers/seeded-shop"

jest.setTimeout(120 * 1000)

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

// A reader joining and leaving the newsletter, and the content team's list of readers
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    const { shop, store, engagement, signUp, confirm, unsubscribe, guideId } = engagementShop(api, getContainer)

    describe("a reader joining the newsletter", () => {
      it("signs up from a guide, waits as pending, and is emailed a link to confirm the address", async () => {
        const res = await signUp({ email: "ana@example.com", source: `guide:${GUIDE}` })
        expect(res.status).toBe(202)
        expect(res.data).toEqual({
          message: "Thank you. Unless this address is already on the list, we have emailed a link to confirm it.",
        })

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
        expect((await failedResponse(confirm(""))).data.message).toBe(
          "Invalid request: Value for field 'token' too small, expected at least: '1'"
        )
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
        expect((await failedResponse(signUp({ email: "zed@example.com", name: "Zed" }))).data.message).toMatch(
          /Unrecognized fields: 'name'/
        )

        expect(await engagement().listNewsletterSubscriptions({})).toHaveLength(before)
      })
    })

    describe("the content team reading the newsletter list", () => {
      it("pages through the newsletter list, newest first, and finds readers by part of their email", async () => {
        await engagement().deleteNewsletterSubscriptions((await engagement().listNewsletterSubscriptions({})).map((s) => s.id))
        for (const email of ["fay@example.com", "gus@example.org", "hal@example.com"]) await signUp({ email })

        const { data: page } = await api.get("/admin/newsletter-subscriptions?limit=2", shop.admin)
        expect(page).toMatchObject({ count: 3, limit: 2, offset: 0 })
        expect(page.newsletter_subscriptions.map((s: { email: string }) => s.email)).toEqual(["hal@example.com", "gus@example.org"])
        const { data: rest } = await api.get("/admin/newsletter-subscriptions?limit=2&offset=2", shop.admin)
        expect(rest.newsletter_subscriptions.map((s: { email: string }) => s.email)).toEqual(["fay@example.com"])

        const { data: found } = await api.get("/admin/newsletter-subscriptions?q=EXAMPLE.ORG", shop.admin)
        expect(found.newsletter_subscriptions).toEqual([expect.objectContaining({ email: "gus@example.org", status: "pending" })])
        // The email tool that sends the letter gets each reader's way off the list.
        const link = found.newsletter_subscriptions[0].unsubscribe_url as string
        expect((await unsubscribe(tokenOf(link))).data.newsletter_subscription).toEqual({
          email: "gus@example.org",
          status: "unsubscribed",
        })
        // The search term is literal: "_" is not a wildcard.
        expect((await api.get("/admin/newsletter-subscriptions?q=f_y", shop.admin)).data.count).toBe(0)
        expect((await api.get("/admin/newsletter-subscriptions?status=unsubscribed", shop.admin)).data.count).toBe(1)
        expect((await api.get("/admin/newsletter-subscriptions?status=pending", shop.admin)).data.count).toBe(2)
        expect((await failedResponse(api.get("/admin/newsletter-subscriptions?sort=email", shop.admin))).status).toBe(400)
      })

      it("keeps the list and the feedback from anyone who is not signed in to the admin", async () => {
        expect((await failedResponse(api.get("/admin/newsletter-subscriptions"))).status).toBe(401)
        expect((await failedResponse(api.get(`/admin/guides/${await guideId(GUIDE)}/feedback`))).status).toBe(401)
      })
    })
  },
})
