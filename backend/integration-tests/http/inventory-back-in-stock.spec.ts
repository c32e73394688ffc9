import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminUser, type AdminHeaders } from "../helpers/admin"
import { registerCustomer, type Shopper } from "../helpers/customers"
import { failedResponse, seedCatalog, storeHeaders } from "../helpers/seeded-shop"
import { setStock } from "../helpers/subscriptions"
import { emailsSent, eventually, inventoryAlerts, settle, shopBasics } from "../helpers/inventory"
import { useMailCatcher } from "../helpers/mail-catcher"
import { notifyBackInStock } from "../../src/workflows/inventory/notify-back-in-stock"
import { backInStockToken } from "../../src/lib/back-in-stock-links"
import { readEnv } from "../../src/config/env"

jest.setTimeout(300 * 1000)

const REQUESTS = "/store/back-in-stock-requests"
// Immune Daily Defence 60 is seeded with no stock.
const SOLD_OUT = "IMMUNE-DAILY-DEFENCE-60"
const GUEST_ANSWER = {
  message:
    "Thank you. Unless this address is already on the list for this size, we have emailed a link to confirm it; once confirmed, we will write once when the size is back in stock.",
}

// Confirmation links carry signed tokens, so they live only in the email itself: the guest's inbox is the catcher.
const mailCatcher = useMailCatcher()

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key: string
    let admin: AdminHeaders
    let variantId: string
    let customer: Shopper

    beforeAll(async () => {
      const container = getContainer()
      key = await seedCatalog(container)
      admin = await createAdminUser(container, "restock@biomeandbloom.test")
      variantId = (await shopBasics(container)).variants[SOLD_OUT]!.id
      customer = await registerCustomer(api, key, "carla.customer@example.com")
    })

    const ask = (body: unknown, headers: { headers: Record<string, string> } = storeHeaders(key)) => api.post(REQUESTS, body, headers)
    const confirm = (token: string) => api.post(`${REQUESTS}/confirm`, { token }, storeHeaders(key))
    const confirmations = (to: string) => emailsSent(getContainer(), "back-in-stock-confirmation", to)
    /** The token of the newest confirmation email to `to`, read from the inbox. */
    const tokenFor = async (to: string) => {
      // Sent, not only recorded: the notification row exists (pending) a moment before the mail server answers.
      const sent = await eventually(`a sent confirmation to ${to}`, async () => {
        const found = await confirmations(to)
        return found.length && found.every((n) => n.status === "success") ? found : null
      })
      sent.sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
      const latest = sent[sent.length - 1]
      const received = await mailCatcher().sentAs(latest!)
      const link = /https?:\/\/\S+\/back-in-stock\/confirm\?token=([\w.-]+)/.exec(received.text)
      if (!link) throw new Error(`no confirmation link in: ${received.text}`)
      return link[1]!
    }
    /** A guest asks and confirms from the email, as the storefront's flow does. */
    const askAndConfirm = async (email: string) => {
      expect((await ask({ variant_id: variantId, email })).status).toBe(202)
      await confirm(await tokenFor(email))
    }
    const backInStockEmails = (to?: string) => emailsSent(getContainer(), "back-in-stock", to)
    const waiting = () => inventoryAlerts(getContainer()).listBackInStockRequests({ variant_id: variantId, status: "waiting" })

    it("a guest's request waits for the address's owner to confirm it from the email; asking again changes nothing", async () => {
      const first = await ask({ variant_id: variantId, email: " Ann.Shopper@Example.com " })
      expect([first.status, first.data]).toEqual([202, GUEST_ANSWER])
      // Nothing is kept for an unconfirmed address: a stranger's address never gets the restock email.
      expect(await waiting()).toHaveLength(0)
      const [sent] = await eventually("the confirmation to ann.shopper@example.com, sent", async () => {
        const found = await confirmations("ann.shopper@example.com")
        return found.length && found.every((n) => n.status === "success") ? found : null
      })
      expect(sent).toMatchObject({ data: { variant_id: variantId, product_title: "Immune Daily Defence" } })
      expect(JSON.stringify(sent!.data)).not.toContain("token")

      const received = await mailCatcher().sentAs(sent!)
      expect(received.subject).toBe("Confirm your back-in-stock alert for Immune Daily Defence")
      const token = await tokenFor("ann.shopper@example.com")
      const confirmed = await confirm(token)
      expect(confirmed.data.back_in_stock_request).toMatchObject({
        variant_id: variantId,
        email: "ann.shopper@example.com",
        status: "waiting",
      })
      // A second click (or a mail scanner's) changes nothing.
      await confirm(token)
      expect((await waiting()).map((r) => r.email)).toEqual(["ann.shopper@example.com"])

      // The same answer for an address already waiting, and no second email: the form tells nobody who asked.
      const again = await ask({ variant_id: variantId, email: "ann.shopper@example.com" })
      expect([again.status, again.data]).toEqual([first.status, first.data])
      expect(await confirmations("ann.shopper@example.com")).toHaveLength(1)

      // Two taps of "Notify me" at the same moment, confirmed twice at once, still leave one request.
      await Promise.all([1, 2, 3].map(() => ask({ variant_id: variantId, email: "quick.tapper@example.com" })))
      const tapperToken = await tokenFor("quick.tapper@example.com")
      await Promise.all([confirm(tapperToken), confirm(tapperToken)])
      expect((await waiting()).map((r) => r.email).sort()).toEqual(["ann.shopper@example.com", "quick.tapper@example.com"])
    })

    it("a confirmation link that is forged, altered or expired is a 400 that says so", async () => {
      await ask({ variant_id: variantId, email: "forger@example.com" })
      const token = await tokenFor("forger@example.com")
      const [body, signature] = token.split(".")
      const otherVariant = Buffer.from(
        JSON.stringify({ ...JSON.parse(Buffer.from(body!, "base64url").toString()), e: "victim@example.com" })
      ).toString("base64url")
      for (const bad of [`${otherVariant}.${signature}`, "garbage", `${body}.AAAA`]) {
        expect(await failedResponse(confirm(bad))).toMatchObject({ status: 400, data: { message: expect.stringContaining("not valid") } })
      }
      const old = backInStockToken(readEnv().NEWSLETTER_SECRET, variantId, "late@example.com", new Date(Date.now() - 8 * 86_400_000))
      expect(await failedResponse(confirm(old))).toMatchObject({ status: 400, data: { message: expect.stringContaining("expired") } })
      expect(await waiting()).toHaveLength(0)
    })

    it("a logged-in customer's request is linked to their account and goes to their own address, whatever the form said", async () => {
      const { status } = await ask({ variant_id: variantId, email: "someone.else@example.com" }, customer.headers)
      expect(status).toBe(202)
      const [request] = await waiting()
      expect(request).toMatchObject({ email: customer.email, customer_id: customer.id })
      expect(await confirmations(customer.email)).toHaveLength(0)
      expect(await confirmations("someone.else@example.com")).toHaveLength(0)
    })

    it("a variant not on sale in the key's sales channel cannot be asked for", async () => {
      const query = getContainer().resolve("query")
      const {
        data: [variant],
      } = await query.graph({ entity: "product_variant", fields: ["product_id"], filters: { id: variantId } })
      const { Modules } = await import("@medusajs/framework/utils")
      await getContainer().resolve(Modules.PRODUCT).updateProducts(variant!.product_id!, { status: "draft" })
      const res = await failedResponse(ask({ variant_id: variantId, email: "ann@example.com" }))
      expect({ status: res.status, message: res.data.message }).toEqual({ status: 404, message: `Variant ${variantId} was not found` })
      await getContainer().resolve(Modules.PRODUCT).updateProducts(variant!.product_id!, { status: "published" })
      expect(await waiting()).toHaveLength(0)
    })

    it("bad requests are 400s that say what is wrong, and an unknown variant is a 404", async () => {
      const refused = (body: unknown) => failedResponse(ask(body))
      expect(await refused({ variant_id: variantId })).toMatchObject({ status: 400, data: { message: expect.stringContaining("email") } })
      expect(await refused({ variant_id: variantId, email: "not-an-email" })).toMatchObject({
        status: 400,
        data: { message: expect.stringContaining("email must be a valid email address") },
      })
      expect(await refused({ email: "ann@example.com" })).toMatchObject({
        status: 400,
        data: { message: expect.stringContaining("variant_id") },
      })
      expect(await refused({ variant_id: variantId, email: "ann@example.com", name: "Ann" })).toMatchObject({
        status: 400,
        data: { message: expect.stringContaining("name") },
      })
      expect(await refused({ variant_id: "variant_nope", email: "ann@example.com" })).toMatchObject({
        status: 404,
        data: { message: "Variant variant_nope was not found" },
      })
      expect(await waiting()).toHaveLength(0)
    })

    it("when stock returns each requester is told once; a second restock tells nobody again", async () => {
      for (const email of ["ann@example.com", "bo@example.com"]) await askAndConfirm(email)

      await setStock(getContainer(), variantId, 12)
      await eventually("both emails", async () => (await backInStockEmails()).length === 2)
      const emails = await backInStockEmails()
      expect(emails.map((e) => e.to).sort()).toEqual(["ann@example.com", "bo@example.com"])
      expect(emails[0]).toMatchObject({ channel: "email", data: { variant_id: variantId, product_title: "Immune Daily Defence" } })
      expect(await waiting()).toHaveLength(0)

      await setStock(getContainer(), variantId, 0)
      await setStock(getContainer(), variantId, 30)
      await settle()
      await notifyBackInStock(getContainer(), [variantId])
      expect(await backInStockEmails()).toHaveLength(2)

      // Ann asks again after her email: that is a new wish, for the next restock.
      await askAndConfirm("ann@example.com")
      const [newWish] = await waiting()
      expect(newWish!.id).not.toBe(emails.find((e) => e.to === "ann@example.com")!.data!.back_in_stock_request_id)

      const { data } = await api.get(`/admin/back-in-stock-requests?variant_id=${variantId}`, admin)
      expect(data.count).toBe(3)
      expect(data.back_in_stock_requests.map((r: { email: string; status: string }) => `${r.email} ${r.status}`).sort()).toEqual([
        "ann@example.com notified",
        "ann@example.com waiting",
        "bo@example.com notified",
      ])
      await settle()
    })

    it("two restocks processed at once still email each requester once", async () => {
      const emails = Array.from({ length: 5 }, (_, i) => `waiter${i}@example.com`)
      for (const email of emails) await askAndConfirm(email)
      // The restock's own check races two more.
      await setStock(getContainer(), variantId, 5)
      await Promise.all([notifyBackInStock(getContainer(), [variantId]), notifyBackInStock(getContainer(), [variantId])])
      await settle()
      const sent = await backInStockEmails()
      expect(sent.map((e) => e.to).sort()).toEqual(emails)
    })

    it("nothing is sent while the variant stays sold out", async () => {
      await askAndConfirm("patient@example.com")
      await setStock(getContainer(), variantId, 0)
      await settle()
      await notifyBackInStock(getContainer(), [variantId])
      expect(await backInStockEmails()).toHaveLength(0)
      expect(await waiting()).toHaveLength(1)
    })

    it("admins list the requests for a variant, and only admins", async () => {
      await askAndConfirm("listed@example.com")
      const { data } = await api.get(`/admin/back-in-stock-requests?variant_id=${variantId}&status=waiting`, admin)
      expect(data).toMatchObject({ count: 1, back_in_stock_requests: [{ email: "listed@example.com", status: "waiting" }] })
      expect((await failedResponse(api.get(`/admin/back-in-stock-requests?status=lost`, admin))).status).toBe(400)
      expect((await failedResponse(api.get(`/admin/back-in-stock-requests`))).status).toBe(401)
    })
  },
})
