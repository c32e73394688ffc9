import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { renewalPeriodKey } from "@biome/shared"
import { seedCatalog, storeHeaders } from "../helpers/seeded-shop"
import { daysFrom, eventually, ordersOf, subscribedCustomer, subscriptionService } from "../helpers/subscriptions"
import { renewalInvariantViolations } from "../helpers/renewal-invariants"
import { emailFaults } from "../fixtures/failing-email"
import { clearFaults, injectFault } from "../../src/lib/faults"
import { renewDueSubscriptions } from "../../src/renewals/renew-due-subscriptions"
import { renewSubscription } from "../../src/renewals/renew-subscription"
import { sendRenewalReminders } from "../../src/renewals/send-renewal-reminders"

jest.setTimeout(300 * 1000)

// The email provider of this suite fails on demand (integration-tests/fixtures/failing-email); retries are quick.
process.env.TEST_EMAIL_FAULTS = "on"
process.env.SUBSCRIPTION_EMAIL_RETRY_MS = "20"

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key: string
    let regionId: string

    beforeAll(async () => {
      key = await seedCatalog(getContainer())
    })

    beforeEach(async () => {
      const { data } = await api.get("/store/regions", storeHeaders(key))
      regionId = data.regions.find((r: { currency_code: string }) => r.currency_code === "usd").id
    })

    afterEach(() => {
      clearFaults()
      Object.assign(emailFaults(), { failNext: 0, failures: 0, sent: [], template: undefined })
    })

    const subscribe = (email: string) => subscribedCustomer(api, getContainer(), { key, regionId, email })
    const renewedEmails = (to: string) =>
      getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to, template: "subscription-renewed" })
    const expectInvariants = async (...expectations: Parameters<typeof renewalInvariantViolations>[1]) =>
      expect(await renewalInvariantViolations(getContainer(), expectations)).toEqual([])

    it("a mail server that fails twice delays the renewal email; it goes out once, naming the order, and nothing is ordered again", async () => {
      const { subscription } = await subscribe("mail.flaky@example.com")
      Object.assign(emailFaults(), { failNext: 2, template: "subscription-renewed" })
      const now = daysFrom(subscription.next_delivery_at, 0.1)

      const first = await renewDueSubscriptions(getContainer(), { now })
      expect(first).toMatchObject({ due: 1, renewed: 1, errors: 0 })
      const [, order] = await ordersOf(getContainer(), subscription.id)

      // Two failed tries on record, then the one that went out.
      const [email] = await eventually(async () => {
        const sent = await renewedEmails("mail.flaky@example.com")
        expect(sent.map((n) => n.status).sort()).toEqual(["failure", "failure", "success"])
        return sent.filter((n) => n.status === "success")
      })
      expect(email!.data).toMatchObject({ order_id: order.id })
      expect(emailFaults().failures).toBe(2)
      expect(emailFaults().sent.filter((n) => n.template === "subscription-renewed")).toHaveLength(1)

      expect((await renewDueSubscriptions(getContainer(), { now })).due).toBe(0)
      await expectInvariants({ subscription_id: subscription.id, first_due: subscription.next_delivery_at, periods: 1 })
    })

    it("a mail server that stays down loses the email, never the renewal: the paid order stays, one per period", async () => {
      const { subscription } = await subscribe("mail.down@example.com")
      Object.assign(emailFaults(), { failNext: 1000, template: "subscription-renewed" })
      const now = daysFrom(subscription.next_delivery_at, 0.1)

      expect(await renewDueSubscriptions(getContainer(), { now })).toMatchObject({ due: 1, renewed: 1, errors: 0 })
      // Every retry failed: the first try and three retries.
      await eventually(async () => expect(emailFaults().failures).toBe(4))
      await new Promise((r) => setTimeout(r, 300))

      const after = await subscriptionService(getContainer()).retrieveSubscription(subscription.id)
      expect(after.status).toBe("active")
      // Later runs, up to the next period's due date, order nothing more.
      for (const days of [0.2, 1, 10]) {
        expect((await renewDueSubscriptions(getContainer(), { now: daysFrom(subscription.next_delivery_at, days) })).renewed).toBe(0)
      }
      expect(await ordersOf(getContainer(), subscription.id)).toHaveLength(2)
      await expectInvariants({ subscription_id: subscription.id, first_due: subscription.next_delivery_at, periods: 1 })
    })

    it("a crash after the renewal order exists and before it is recorded leaves no order behind; the retry orders once", async () => {
      const { subscription } = await subscribe("crash.order.created@example.com")
      let crashedWith: string | undefined
      injectFault("renewal:order-created", ({ order_id }) => {
        crashedWith = order_id as string
        throw new Error("worker crashed (injected fault)")
      })
      const now = daysFrom(subscription.next_delivery_at, 0.1)

      const first = await renewDueSubscriptions(getContainer(), { now })
      expect(first).toMatchObject({ due: 1, renewed: 0 })
      expect(crashedWith).toEqual(expect.any(String))
      await expectInvariants({ subscription_id: subscription.id, first_due: subscription.next_delivery_at, periods: 0 })

      clearFaults()
      const sub = await subscriptionService(getContainer()).retrieveSubscription(subscription.id)
      const retry = await renewDueSubscriptions(getContainer(), { now: daysFrom(sub.next_retry_at ?? now, 0.01) })
      expect(retry).toMatchObject({ due: 1, renewed: 1 })
      await expectInvariants({ subscription_id: subscription.id, first_due: subscription.next_delivery_at, periods: 1 })
    })

    it("a crash after the payment and before the renewal is recorded is finished by the next run with the same paid order", async () => {
      const { subscription } = await subscribe("crash.before.complete@example.com")
      injectFault("renewal:before-complete", () => {
        throw new Error("worker crashed (injected fault)")
      })
      const now = daysFrom(subscription.next_delivery_at, 0.1)

      const first = await renewDueSubscriptions(getContainer(), { now })
      expect(first).toMatchObject({ due: 1, renewed: 0, errors: 1 })
      const [attempt] = await subscriptionService(getContainer()).listSubscriptionRenewals({ subscription_id: subscription.id })
      expect(attempt).toMatchObject({ status: "processing", order_id: expect.any(String) })

      clearFaults()
      const second = await renewDueSubscriptions(getContainer(), { now })
      expect(second).toMatchObject({ due: 1, renewed: 1, errors: 0 })
      expect((await ordersOf(getContainer(), subscription.id)).map((o) => o.id)).toEqual([expect.any(String), attempt!.order_id])
      await expectInvariants({ subscription_id: subscription.id, first_due: subscription.next_delivery_at, periods: 1 })
    })

    it("a period renewed early, whose date the customer then moves back onto, advances without a second order", async () => {
      const { subscription } = await subscribe("renewed.early@example.com")
      const due = new Date(subscription.next_delivery_at)
      const early = await renewSubscription(getContainer(), { subscription_id: subscription.id, trigger: "admin", now: daysFrom(due, -5) })
      expect(early.outcome).toBe("renewed")
      await subscriptionService(getContainer()).updateSubscriptions({ id: subscription.id, next_delivery_at: due })

      const run = await renewDueSubscriptions(getContainer(), { now: daysFrom(due, 0.1) })
      expect(run).toMatchObject({ due: 1, already_renewed: 1, renewed: 0 })
      expect((await renewDueSubscriptions(getContainer(), { now: daysFrom(due, 0.2) })).due).toBe(0)
      const periods = await subscriptionService(getContainer()).listSubscriptionRenewals({
        period_key: renewalPeriodKey(subscription.id, due),
      })
      expect(periods.map((p) => p.status)).toEqual(["succeeded"])
      await expectInvariants({ subscription_id: subscription.id, first_due: due, periods: 1 })
    })

    it("a subscription started in demo mode is not renewed for free once Stripe is configured: past due, with what to do", async () => {
      const { subscription } = await subscribe("demo.mode@example.com")
      expect(subscription.payment_provider_id).toBe("pp_system_default")
      const saved = process.env.STRIPE_API_KEY
      process.env.STRIPE_API_KEY = "sk_test_renewals"
      try {
        const run = await renewDueSubscriptions(getContainer(), { now: daysFrom(subscription.next_delivery_at, 0.1) })
        expect(run).toMatchObject({ due: 1, renewed: 0, failed: 1 })
      } finally {
        if (saved === undefined) delete process.env.STRIPE_API_KEY
        else process.env.STRIPE_API_KEY = saved
      }
      const after = await subscriptionService(getContainer()).retrieveSubscription(subscription.id)
      expect(after).toMatchObject({ status: "past_due", last_failure_reason: expect.stringMatching(/no card on file.*subscribe again/) })
      await expectInvariants({ subscription_id: subscription.id, first_due: subscription.next_delivery_at, periods: 0 })
      await eventually(async () => {
        const emails = await getContainer()
          .resolve(Modules.NOTIFICATION)
          .listNotifications({ to: "demo.mode@example.com", template: "subscription-renewal-failed" })
        expect(emails).toHaveLength(1)
      })
    })
    it("the reminder announces what the renewal then charges: discounted items, shipping and sales tax", async () => {
      const tax = getContainer().resolve(Modules.TAX)
      const usTax = (await tax.listTaxRegions({ country_code: "us" })).find((r) => !r.parent_id)
      const [rate] = await tax.createTaxRates([
        { tax_region_id: usTax!.id, name: "Sales tax", code: "us-sales", rate: 8.25, is_default: true },
      ])
      try {
        const { subscription } = await subscribedCustomer(api, getContainer(), {
          key,
          regionId,
          email: "reminder.truth@example.com",
          quantity: 2,
          interval: 30,
        })
        const due = new Date(subscription.next_delivery_at)
        expect(await sendRenewalReminders(getContainer(), { now: daysFrom(due, -2.9) })).toBe(1)
        const [reminder] = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({
          to: "reminder.truth@example.com",
          template: "subscription-renewal-reminder",
        })

        await renewDueSubscriptions(getContainer(), { now: daysFrom(due, 0.1) })
        const [, renewal] = await ordersOf(getContainer(), subscription.id)
        const { data } = await getContainer()
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({
            entity: "order",
            fields: ["total", "tax_total", "shipping_total", "item_subtotal"],
            filters: { id: renewal.id },
          })
        const order = data[0] as { total: number; tax_total: number; shipping_total: number }
        // Tax and shipping are part of the charge here, so the line price alone would not match.
        expect(Number(order.tax_total)).toBeGreaterThan(0)
        expect(Number(order.shipping_total)).toBeGreaterThan(0)
        const usd = new Intl.NumberFormat("en-US", { style: "currency", currency: "usd" }).format(Number(order.total))
        expect(reminder!.data).toMatchObject({ amount: usd })
      } finally {
        await tax.deleteTaxRates([rate!.id])
      }
    })
  },
})
