import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminUser } from "../helpers/admin"
import { registerCustomer, registrationLinkToken } from "../helpers/customers"
import { emailsSent, eventually } from "../helpers/inventory"
import { useMailCatcher } from "../helpers/mail-catcher"
import { failedResponse, seedCatalog, storeHeaders } from "../helpers/seeded-shop"

jest.setTimeout(240 * 1000)

const REFUSED = "We couldn't create an account with these details. If you already have one, please log in instead."
const CONFIRM_FIRST = "Confirm your email address first: ask for a registration link and open it from your inbox."
const PASSWORD = "correct horse battery staple"

// Registration links carry signed tokens, so they live only in the email itself: the reader's inbox is the catcher.
const mailCatcher = useMailCatcher()

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key: string

    beforeAll(async () => {
      key = await seedCatalog(getContainer())
      await registerCustomer(api, key, "owner@example.com")
    })

    const ask = (body: unknown) => api.post("/store/registrations", body, storeHeaders(key))
    const register = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
      api.post("/auth/customer/emailpass/register", body, { headers })
    // Sent, not only recorded: the notification row exists (pending) a moment before the mail server answers.
    const sent = (template: string, to: string) =>
      eventually(`a ${template} email to ${to}`, async () => {
        const found = await emailsSent(getContainer(), template, to)
        return found.length && found.every((n) => n.status === "success") ? found : null
      })
    /** The token of the registration link emailed to `to`, read from the inbox as its owner would. */
    const linkTokenFor = async (to: string) => {
      const [notification] = await sent("registration-link", to)
      expect(JSON.stringify(notification!.data)).not.toMatch(/token/)
      const received = await mailCatcher().sentAs(notification!)
      const link = /https?:\/\/\S+\/account\/register\?token=([\w.-]+)/.exec(received.text)
      if (!link) throw new Error(`no registration link in: ${received.text}`)
      return link[1]!
    }

    it("a known and an unknown address get byte-identical answers, and each the right email", async () => {
      const known = await ask({ email: "owner@example.com" })
      const unknown = await ask({ email: " Newcomer@Example.com " })
      expect(known.status).toBe(202)
      expect(unknown.status).toBe(202)
      expect(JSON.stringify(known.data)).toBe(JSON.stringify(unknown.data))
      expect(known.headers["content-length"]).toBe(unknown.headers["content-length"])
      expect(known.data).toEqual({
        message: expect.stringMatching(/^Check your inbox: we've sent a link to finish creating your account\./),
      })

      await sent("registration-attempt", "owner@example.com")
      expect(await emailsSent(getContainer(), "registration-link", "owner@example.com")).toHaveLength(0)
      const token = await linkTokenFor("newcomer@example.com")
      expect(await emailsSent(getContainer(), "registration-attempt", "newcomer@example.com")).toHaveLength(0)

      // The link registers that address, and the customer record follows, as the storefront does it.
      const { data: registration } = await register({ email: "newcomer@example.com", password: PASSWORD, registration_token: token })
      const { data: created } = await api.post(
        "/store/customers",
        { email: "newcomer@example.com", first_name: "New", last_name: "Comer" },
        { headers: { ...storeHeaders(key).headers, authorization: `Bearer ${registration.token}` } }
      )
      expect(created.customer).toMatchObject({ email: "newcomer@example.com", has_account: true })
      const login = await api.post("/auth/customer/emailpass", { email: "newcomer@example.com", password: PASSWORD })
      expect(typeof login.data.token).toBe("string")

      // Used again, the link cannot make a second account, and says so plainly: its holder owns the inbox.
      const again = await failedResponse(
        register({ email: "newcomer@example.com", password: "another password", registration_token: token })
      )
      expect(again.status).toBe(409)
      expect(again.data.message).toMatch(/already have an account/)
    })

    it("Medusa's register without a link's token answers every address the same 400", async () => {
      const known = await failedResponse(register({ email: "owner@example.com", password: PASSWORD }))
      const unknown = await failedResponse(register({ email: "nobody-yet@example.com", password: PASSWORD }))
      expect(known).toMatchObject({ status: 400, data: { type: "invalid_data", message: CONFIRM_FIRST } })
      expect(JSON.stringify(unknown.data)).toBe(JSON.stringify(known.data))
      expect(unknown.status).toBe(known.status)
      const login = await failedResponse(api.post("/auth/customer/emailpass", { email: "nobody-yet@example.com", password: PASSWORD }))
      expect(login.status).toBe(401)
    })

    it("a token for another address, a tampered one or an expired one registers nobody", async () => {
      const other = await failedResponse(
        register({ email: "thief@example.com", password: PASSWORD, registration_token: registrationLinkToken("victim@example.com") })
      )
      expect(other).toMatchObject({ status: 400, data: { message: expect.stringMatching(/another email address/) } })

      const [body, signature] = registrationLinkToken("victim@example.com").split(".")
      const forged = `${Buffer.from(JSON.stringify({ e: "thief@example.com", x: Date.now() + 86_400_000 })).toString("base64url")}.${signature}`
      const tampered = await failedResponse(
        register({ email: "thief@example.com", password: PASSWORD }, { "x-registration-token": forged })
      )
      expect(tampered).toMatchObject({ status: 400, data: { message: expect.stringMatching(/not valid/) } })
      expect(body).toBeTruthy()

      const old = registrationLinkToken("late@example.com", {}, new Date(Date.now() - 25 * 3_600_000))
      const expired = await failedResponse(register({ email: "late@example.com", password: PASSWORD, registration_token: old }))
      expect(expired).toMatchObject({ status: 400, data: { message: expect.stringMatching(/expired/) } })
      const verified = await failedResponse(api.post("/store/registrations/verify", { token: old }, storeHeaders(key)))
      expect(verified).toMatchObject({ status: 400, data: { message: expect.stringMatching(/expired/) } })

      for (const email of ["thief@example.com", "late@example.com", "victim@example.com"]) {
        expect(await getContainer().resolve("auth").listProviderIdentities({ entity_id: email })).toHaveLength(0)
      }
    })

    it("a registration link carries where to continue and a guest order, and refuses unsafe ones", async () => {
      expect((await ask({ email: "returning.guest@example.com", next: "/checkout", order_id: "order_01ABC" })).status).toBe(202)
      const token = await linkTokenFor("returning.guest@example.com")
      const { data } = await api.post("/store/registrations/verify", { token }, storeHeaders(key))
      expect(data).toEqual({ registration: { email: "returning.guest@example.com", next: "/checkout", order_id: "order_01ABC" } })

      for (const next of ["//evil.example", "https://evil.example", "/\\evil", "checkout"]) {
        const refused = await failedResponse(ask({ email: "returning.guest@example.com", next }))
        expect({ next, status: refused.status }).toEqual({ next, status: 400 })
      }
      expect((await failedResponse(ask({ email: "not-an-address" }))).status).toBe(400)
    })

    it("an admin registration for a taken address gets the same answer as before, and no email", async () => {
      await createAdminUser(getContainer(), "taken-admin@example.com")
      const attempt = await failedResponse(
        api.post("/auth/user/emailpass/register", { email: "taken-admin@example.com", password: "whatever123" })
      )
      expect({ status: attempt.status, data: attempt.data }).toEqual({ status: 401, data: { type: "unauthorized", message: REFUSED } })
      expect(await emailsSent(getContainer(), "registration-attempt", "taken-admin@example.com")).toHaveLength(0)
    })
  },
})
