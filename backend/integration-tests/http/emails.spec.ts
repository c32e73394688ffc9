import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { formatDeliveryDate } from "@biome/shared"
import { checkout, registerCustomer, variantId } from "../helpers/customers"
import { eventually } from "../helpers/inventory"
import { TEST_SENDER, useMailCatcher } from "../helpers/mail-catcher"
import { seedCatalog, storeHeaders } from "../helpers/seeded-shop"
import { daysFrom, ordersOf, subscriptionService } from "../helpers/subscriptions"
import { renewDueSubscriptions } from "../../src/renewals/renew-due-subscriptions"
import { sendOrderConfirmation } from "../../src/lib/orders/order-confirmation"

jest.setTimeout(180 * 1000)

// Every email of this suite goes through the SMTP provider into a real SMTP catcher started for it.
const mailCatcher = useMailCatcher()

const usd = (amount: number) => new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(amount)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key: string
    let regionId: string
    const notifications = (filters: Record<string, unknown>) => getContainer().resolve(Modules.NOTIFICATION).listNotifications(filters)
    const confirmationsTo = (to: string) => notifications({ to, template: "order-confirmation" })
    /** The confirmation once the provider has answered (a record is "pending" while the email is handed over). */
    const sentConfirmation = (to: string) =>
      eventually(`the confirmation to ${to} is sent`, async () => (await confirmationsTo(to)).find((n) => n.status !== "pending"))

    beforeAll(async () => {
      key = await seedCatalog(getContainer())
      const { data } = await api.get("/store/regions", storeHeaders(key))
      regionId = data.regions.find((r: { currency_code: string }) => r.currency_code === "usd").id
    })

    const order = async (id: string) => {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "order",
          fields: ["id", "display_id", "total", "item_subtotal", "shipping_subtotal", "tax_total", "items.product_title", "items.subtotal"],
          filters: { id },
        })
      return data[0] as any
    }

    it("a subscriber's order confirmation arrives by SMTP: lines, totals, address, the subscription's rhythm and next charge date", async () => {
      const shopper = await registerCustomer(api, key, "rosa.confirm@example.com")
      const daily = await variantId(api, key, "daily-balance-probiotic", "30 capsules")
      const glow = await variantId(api, key, "skin-biome-glow", "60 capsules")
      const { completion } = await checkout(api, shopper.headers, {
        region_id: regionId,
        email: shopper.email,
        lines: [
          { variant_id: daily, quantity: 2, interval_days: 60 },
          { variant_id: glow, quantity: 1 },
        ],
      })
      const placed = await order(completion.order.id)
      const [subscription] = await subscriptionService(getContainer()).listSubscriptions({ customer_id: shopper.id })

      const record = await sentConfirmation(shopper.email)
      expect(record).toMatchObject({
        status: "success",
        provider_id: "smtp",
        resource_type: "order",
        resource_id: placed.id,
        data: { order_id: placed.id, display_id: placed.display_id, subscription_lines: 1, demo_store: true },
      })

      const email = await mailCatcher().sentAs(record)
      expect(email.subject).toBe(`Your Biome & Bloom order #${placed.display_id} is confirmed`)
      expect(email.from[0]).toEqual({ address: "orders@biome-bloom.test", name: TEST_SENDER.split(" <")[0] })
      const lineOf = (title: string) => placed.items.find((i: { product_title: string }) => i.product_title === title)
      const nextCharge = formatDeliveryDate(new Date(subscription!.next_delivery_at))
      for (const [body, escapeFor] of [
        [email.text, (t: string) => t],
        [email.html, (t: string) => t.replace(/&/g, "&amp;")],
      ] as const) {
        expect(body).toContain(`2 × Daily Balance Probiotic — 30 capsules`)
        expect(body).toContain(usd(Number(lineOf("Daily Balance Probiotic").subtotal)))
        expect(body).toContain(`1 × Skin Biome Glow — 60 capsules`)
        expect(body).toContain(escapeFor("Subscribe & save: delivered every 60 days, 15% off"))
        expect(body).toContain(`Next charge and delivery: ${nextCharge}`)
        expect(body).toContain(usd(Number(placed.total)))
        expect(body).toContain("400 SW 6th Ave")
        expect(body).toContain("Portland, OR 97204")
        expect(body).toContain("Standard shipping (3–5 business days)")
        expect(body).toContain("This is a demo store: no payment was taken for this order")
        expect(body).toContain(`/account/orders/${placed.id}`)
      }
      expect(email.text).toContain(`Total: ${usd(Number(placed.total))}`)
      expect(email.text).toContain(`Shipping: ${usd(Number(placed.shipping_subtotal))}`)
      expect(email.html).toMatch(/^<!doctype html>/i)
    })

    it("a guest's order is confirmed once, even when order.placed is delivered twice", async () => {
      const variant = await variantId(api, key, "gut-restore-50", "30 capsules")
      const { completion } = await checkout(api, storeHeaders(key), {
        region_id: regionId,
        email: "guest.buyer@example.com",
        lines: [{ variant_id: variant, quantity: 1 }],
      })
      const first = await sentConfirmation("guest.buyer@example.com")
      await mailCatcher().sentAs(first)

      // What a retried event does: the idempotency key of the order keeps it to one email.
      await sendOrderConfirmation(getContainer(), completion.order.id)
      expect(await confirmationsTo("guest.buyer@example.com")).toHaveLength(1)
      const caught = (await mailCatcher().emails()).filter((e) => e.to.some((r) => r.address === "guest.buyer@example.com"))
      expect(caught).toHaveLength(1)
      // A guest has no account to open: no link to one.
      expect(caught[0]!.text).not.toContain("/account/orders/")
    })

    it("a renewal's email describes its order, and the renewal order gets no second confirmation", async () => {
      const shopper = await registerCustomer(api, key, "renewal.mail@example.com")
      const variant = await variantId(api, key, "daily-balance-probiotic", "60 capsules")
      await checkout(api, shopper.headers, {
        region_id: regionId,
        email: shopper.email,
        lines: [{ variant_id: variant, quantity: 1, interval_days: 30 }],
      })
      const [subscription] = await subscriptionService(getContainer()).listSubscriptions({ customer_id: shopper.id })
      await sentConfirmation(shopper.email)

      const run = await renewDueSubscriptions(getContainer(), { now: daysFrom(subscription!.next_delivery_at, 0.1) })
      expect(run.renewed).toBe(1)
      const renewal = (await ordersOf(getContainer(), subscription!.id)).at(-1)
      const renewalOrder = await order(renewal.id)
      const renewed = await subscriptionService(getContainer()).retrieveSubscription(subscription!.id)

      const email = await mailCatcher().waitFor(shopper.email, (e) => e.subject === "Your Daily Balance Probiotic is on its way")
      for (const body of [email.text, email.html]) {
        expect(body).toContain(`order #${renewalOrder.display_id}`)
        expect(body).toContain("1 × Daily Balance Probiotic — 60 capsules")
        expect(body).toContain(usd(Number(renewalOrder.total)))
        expect(body).toContain("400 SW 6th Ave")
        expect(body).toContain(`Your next delivery is planned for ${formatDeliveryDate(new Date(renewed.next_delivery_at))}`)
      }
      await new Promise((r) => setTimeout(r, 500))
      expect(await confirmationsTo(shopper.email)).toHaveLength(1)
    })

    it("newsletter links reach the reader in the email only: never the notification record, never the log", async () => {
      const logger = getContainer().resolve(ContainerRegistrationKeys.LOGGER) as unknown as Record<string, (...args: unknown[]) => unknown>
      const levels = [
        "panic",
        "activity",
        "progress",
        "error",
        "failure",
        "success",
        "silly",
        "debug",
        "verbose",
        "http",
        "info",
        "warn",
        "log",
      ]
      const spies = levels.filter((level) => typeof logger[level] === "function").map((level) => jest.spyOn(logger, level))
      try {
        await api.post("/store/newsletter-subscriptions", { email: "private.reader@example.com" }, storeHeaders(key))
        const confirmation = await mailCatcher().waitFor("private.reader@example.com", (e) => e.subject.includes("confirm"))
        const confirmLink = /https?:\/\/\S+\/newsletter\/confirm\?token=[\w.-]+/.exec(confirmation.text)![0]
        expect(confirmation.html).toContain(confirmLink)
        const confirmToken = new URL(confirmLink).searchParams.get("token")!
        await api.post("/store/newsletter-subscriptions/confirm", { token: confirmToken }, storeHeaders(key))
        const welcome = await mailCatcher().waitFor("private.reader@example.com", (e) => e.subject.includes("on the"))
        const unsubscribeToken = new URL(/https?:\/\/\S+\/newsletter\/unsubscribe\?token=[\w.-]+/.exec(welcome.text)![0]).searchParams.get(
          "token"
        )!

        const records = JSON.stringify(await notifications({ to: "private.reader@example.com" }))
        const logged = JSON.stringify(spies.flatMap((spy) => spy.mock.calls))
        for (const token of [confirmToken, unsubscribeToken]) {
          expect(records).not.toContain(token)
          expect(logged).not.toContain(token)
        }
      } finally {
        for (const spy of spies) spy.mockRestore()
      }
    })

    // Last: it stops the catcher.
    it("an email the mail server will not take never undoes the order: the order stands and the email is marked failed", async () => {
      await mailCatcher().stop()
      const variant = await variantId(api, key, "womens-flora", "30 capsules")
      const { completion } = await checkout(api, storeHeaders(key), {
        region_id: regionId,
        email: "no.mail.server@example.com",
        lines: [{ variant_id: variant, quantity: 1 }],
      })
      expect(completion.type).toBe("order")
      const failed = await sentConfirmation("no.mail.server@example.com")
      expect(failed).toMatchObject({ status: "failure", resource_id: completion.order.id })
    })
  },
})
