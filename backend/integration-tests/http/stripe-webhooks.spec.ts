import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules, PaymentActions } from "@medusajs/framework/utils"
import Stripe from "stripe"

/**
 * Stripe cannot be reached from here, so its path is tested at the boundary: the app is configured the way
 * STRIPE_API_KEY/STRIPE_WEBHOOK_SECRET configure it, and webhook events are signed the way Stripe signs them.
 */
const WEBHOOK_SECRET = "whsec_test_biome_bloom_webhooks"
process.env.STRIPE_API_KEY = "sk_test_biome_bloom_not_a_real_key"
process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET

jest.setTimeout(120 * 1000)

const stripe = new Stripe(process.env.STRIPE_API_KEY)

function signedEvent(type: string, object: Record<string, unknown>, secret = WEBHOOK_SECRET) {
  const payload = JSON.stringify({ id: "evt_test_1", object: "event", type, data: { object }, api_version: "2024-04-10" })
  const signature = stripe.webhooks.generateTestHeaderString({ payload, secret })
  return { data: JSON.parse(payload), rawData: Buffer.from(payload), headers: { "stripe-signature": signature } }
}

const intent = (overrides: Record<string, unknown> = {}) => ({
  id: "pi_test_1",
  object: "payment_intent",
  amount: 2549,
  amount_capturable: 2549,
  amount_received: 0,
  currency: "usd",
  status: "requires_capture",
  metadata: { session_id: "payses_test_1" },
  ...overrides,
})

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ getContainer }) => {
    const webhook = (payload: ReturnType<typeof signedEvent>) =>
      getContainer().resolve(Modules.PAYMENT).getWebhookActionAndData({ provider: "stripe_stripe", payload })

    it("registers Stripe as a payment provider when STRIPE_API_KEY is set", async () => {
      const providers = await getContainer().resolve(Modules.PAYMENT).listPaymentProviders({})
      expect(providers.map((p) => p.id)).toEqual(expect.arrayContaining(["pp_system_default", "pp_stripe_stripe"]))
    })

    it("turns a signed authorisation event into an authorised payment of the session, in major units", async () => {
      const result = await webhook(signedEvent("payment_intent.amount_capturable_updated", intent()))
      expect(result).toEqual({
        action: PaymentActions.AUTHORIZED,
        data: { session_id: "payses_test_1", amount: expect.anything() },
      })
      expect(Number(result.data!.amount)).toBe(25.49)
    })

    it("turns a signed failure event into a failed payment", async () => {
      const result = await webhook(signedEvent("payment_intent.payment_failed", intent({ status: "requires_payment_method" })))
      expect(result.action).toBe(PaymentActions.FAILED)
    })

    it("refuses an event signed with another secret", async () => {
      await expect(webhook(signedEvent("payment_intent.succeeded", intent(), "whsec_forged"))).rejects.toThrow(/signature/i)
    })

    it("ignores an event for a payment intent this shop did not create", async () => {
      const result = await webhook(signedEvent("payment_intent.succeeded", intent({ metadata: {} })))
      expect(result.action).toBe(PaymentActions.NOT_SUPPORTED)
    })
  },
})
