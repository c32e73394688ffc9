import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminUser } from "../helpers/admin"
import { registerCustomer } from "../helpers/customers"
import { emailsSent, eventually } from "../helpers/inventory"
import { failedResponse, seedCatalog } from "../helpers/seeded-shop"

jest.setTimeout(180 * 1000)

const REFUSED = "We couldn't create an account with these details. If you already have one, please log in instead."

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key: string

    beforeAll(async () => {
      key = await seedCatalog(getContainer())
    })

    it("registering an address that has an account says nothing about it, and its owner is emailed instead", async () => {
      await registerCustomer(api, key, "owner@example.com")
      const attempt = await failedResponse(
        api.post("/auth/customer/emailpass/register", { email: "owner@example.com", password: "a different password" })
      )
      expect({ status: attempt.status, data: attempt.data }).toEqual({ status: 401, data: { type: "unauthorized", message: REFUSED } })
      expect(JSON.stringify(attempt.data)).not.toMatch(/exist|registered|taken/i)

      const [notice] = await eventually("the owner's notice", async () => {
        const sent = await emailsSent(getContainer(), "registration-attempt", "owner@example.com")
        return sent.length ? sent : null
      })
      expect(notice).toMatchObject({ to: "owner@example.com", channel: "email" })

      // A new address still registers, and nobody is told anything.
      const { data } = await api.post("/auth/customer/emailpass/register", { email: "brand-new@example.com", password: "correct horse battery staple" })
      expect(typeof data.token).toBe("string")
      expect(await emailsSent(getContainer(), "registration-attempt", "brand-new@example.com")).toHaveLength(0)
    })

    it("an admin registration for a taken address gets the same answer, and no email", async () => {
      await createAdminUser(getContainer(), "taken-admin@example.com")
      const attempt = await failedResponse(api.post("/auth/user/emailpass/register", { email: "taken-admin@example.com", password: "whatever123" }))
      expect({ status: attempt.status, data: attempt.data }).toEqual({ status: 401, data: { type: "unauthorized", message: REFUSED } })
      expect(await emailsSent(getContainer(), "registration-attempt", "taken-admin@example.com")).toHaveLength(0)
    })
  },
})
