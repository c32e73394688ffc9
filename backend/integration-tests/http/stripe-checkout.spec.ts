import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { STRIPE_PAYMENT_PROVIDER, SYSTEM_PAYMENT_PROVIDER } from "@biome/shared"
import Stripe from "stripe"
import { explain, prepareCheckout, registerCustomer, variantId, type CheckoutLine, type Shopper } from "../helpers/customers"
import { startFakeStripeApi, type FakeStripeApi } from "../helpers/fake-stripe-api"
import { eventually } from "../helpers/inventory"
import { failedResponse, seedCatalog, storeHeaders } from "../helpers/seeded-shop"
import { subscriptionService } from "../helpers/subscriptions"
import syncRegionPayments from "../../src/scripts/sync-region-payment-providers"
import { syncRegionPaymentProviders } from "../../src/lib/payments/sync-region-payment-providers"

/**
 * A shop with Stripe configured. Stripe cannot be reached from tests, so Medusa's own Stripe provider and the
 * stripe-node client talk to a local stand-in for api.stripe.com, and webhooks are signed the way Stripe signs them.
 */
const WEBHOOK_SECRET = "whsec_test_biome_bloom_checkout"
const saved = { ...process.env }
let stripeApi: FakeStripeApi
beforeAll(async () => {
  stripeApi = await startFakeStripeApi()
  Object.assign(process.env, {
    STRIPE_API_KEY: "sk_test_biome_bloom_not_a_real_key",
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    TEST_STRIPE_API_URL: stripeApi.url,
  })
})
afterAll(async () => {
  process.env = saved
  await stripeApi.stop()
})

jest.setTimeout(180 * 1000)

const KEEP_CARD = { setup_future_usage: "off_session" }

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    let key: string
    let regionId: string
    let daily: string

    beforeAll(async () => {
      key = await seedCatalog(getContainer())
      const { data } = await api.get("/store/regions", storeHeaders(key))
      regionId = data.regions.find((r: { currency_code: string }) => r.currency_code === "usd").id
      daily = await variantId(api, key, "daily-balance-probiotic", "30 capsules")
    })

    const regionProviders = async () => {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "region",
          fields: ["name", "payment_providers.id"],
        })
      return Object.fromEntries(data.map((r: any) => [r.name, r.payment_providers.map((p: { id: string }) => p.id).sort()]))
    }
    const setRegionProviders = (providers: string[]) =>
      updateRegionsWorkflow(getContainer()).run({ input: { selector: {}, update: { payment_providers: providers } } })

    /** The PaymentIntent the shop asked Stripe for when this cart's card payment started. */
    const intentOfCart = async (cartId: string, headers: { headers: Record<string, string> }) => {
      const { data } = await api.get(`/store/carts/${cartId}?fields=payment_collection.payment_sessions.*`, headers)
      const session = data.cart.payment_collection.payment_sessions.find(
        (s: { provider_id: string }) => s.provider_id === STRIPE_PAYMENT_PROVIDER
      )
      const request = stripeApi.requests.find(
        (r) => r.path === "/v1/payment_intents" && (r.body.metadata as any)?.session_id === session.id
      )
      return { session, request: request!, intent: stripeApi.intents.get(session.data.id)! }
    }

    const payByCard = async (shopper: Shopper | null, lines: CheckoutLine[], data?: Record<string, unknown>) => {
      const headers = shopper?.headers ?? storeHeaders(key)
      const cartId = await prepareCheckout(api, headers, {
        region_id: regionId,
        email: shopper?.email ?? "card.guest@example.com",
        lines,
        payment: { provider_id: STRIPE_PAYMENT_PROVIDER, ...(data ? { data } : {}) },
      })
      return { cartId, headers, ...(await intentOfCart(cartId, headers)) }
    }

    it("seeds a new shop whose regions take card payments through Stripe alone", async () => {
      expect(await regionProviders()).toEqual({ "United States": [STRIPE_PAYMENT_PROVIDER], Europe: [STRIPE_PAYMENT_PROVIDER] })
      const { data } = await api.get(`/store/payment-providers?region_id=${regionId}`, storeHeaders(key))
      expect(data.payment_providers.map((p: { id: string }) => p.id)).toEqual([STRIPE_PAYMENT_PROVIDER])
    })

    it("a subscriber pays by card, and Stripe is asked to keep the card for the renewals of that customer", async () => {
      const shopper = await registerCustomer(api, key, "card.subscriber@example.com")
      const { cartId, headers, request, intent } = await payByCard(
        shopper,
        [{ variant_id: daily, quantity: 1, interval_days: 60 }],
        KEEP_CARD
      )
      expect(request.body).toMatchObject({ setup_future_usage: "off_session", customer: expect.stringMatching(/^cus_/) })

      stripeApi.confirmCard(intent.id, "pm_card_visa")
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, headers).catch(explain("complete the cart"))
      expect(data.type).toBe("order")

      const [subscription] = await subscriptionService(getContainer()).listSubscriptions({ customer_id: shopper.id })
      expect(subscription).toMatchObject({
        payment_provider_id: STRIPE_PAYMENT_PROVIDER,
        payment_data: { payment_method: "pm_card_visa", customer: request.body.customer },
      })
    })

    it("refuses a subscription, before the card is charged, when the card would not be kept for renewals", async () => {
      const shopper = await registerCustomer(api, key, "card.not.kept@example.com")
      const { cartId, headers, intent } = await payByCard(shopper, [{ variant_id: daily, quantity: 1, interval_days: 30 }])
      stripeApi.confirmCard(intent.id)
      const before = stripeApi.requests.length

      const res = await failedResponse(api.post(`/store/carts/${cartId}/complete`, {}, headers))
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(
        /the card must be saved for later payments: start the card payment again with setup_future_usage set to off_session/
      )
      // Nothing was asked of Stripe: the payment was never authorised, and no subscription exists.
      expect(stripeApi.requests.slice(before)).toEqual([])
      expect(await subscriptionService(getContainer()).listSubscriptions({ customer_id: shopper.id })).toEqual([])
    })

    it("a one-time order pays by card without keeping the card", async () => {
      const { cartId, headers, request, intent } = await payByCard(null, [{ variant_id: daily, quantity: 2 }])
      expect(request.body.setup_future_usage).toBeUndefined()
      stripeApi.confirmCard(intent.id)
      const { data } = await api.post(`/store/carts/${cartId}/complete`, {}, headers).catch(explain("complete the cart"))
      expect(data.type).toBe("order")
    })

    it("never lets the system provider pay in a Stripe shop: not as a session, nor at completion after an admin adds it to a region", async () => {
      const cartWithoutPayment = async () => {
        const { data } = await api.post("/store/carts", { region_id: regionId, email: "free.goods@example.com" }, storeHeaders(key))
        return data.cart.id as string
      }
      const collectionFor = async (cartId: string) =>
        (await api.post("/store/payment-collections", { cart_id: cartId }, storeHeaders(key))).data.payment_collection.id as string
      const refused = await failedResponse(
        api.post(
          `/store/payment-collections/${await collectionFor(await cartWithoutPayment())}/payment-sessions`,
          { provider_id: SYSTEM_PAYMENT_PROVIDER },
          storeHeaders(key)
        )
      )
      expect(refused.status).toBe(400)

      await setRegionProviders([STRIPE_PAYMENT_PROVIDER, SYSTEM_PAYMENT_PROVIDER])
      const cartId = await prepareCheckout(api, storeHeaders(key), {
        region_id: regionId,
        email: "free.goods@example.com",
        lines: [{ variant_id: daily, quantity: 1 }],
      })
      const res = await failedResponse(api.post(`/store/carts/${cartId}/complete`, {}, storeHeaders(key)))
      expect(res.status).toBe(400)
      expect(res.data.message).toBe(
        `This shop takes card payments through Stripe only; a payment with ${SYSTEM_PAYMENT_PROVIDER} cannot complete an order. Choose card payment and try again`
      )
    })

    it("switches an existing demo shop's regions to Stripe alone, and running the switch again changes nothing", async () => {
      await setRegionProviders([SYSTEM_PAYMENT_PROVIDER])
      await syncRegionPayments({ container: getContainer() } as never)
      expect(await regionProviders()).toEqual({ "United States": [STRIPE_PAYMENT_PROVIDER], Europe: [STRIPE_PAYMENT_PROVIDER] })
      expect(await syncRegionPaymentProviders(getContainer(), "stripe")).toEqual([])
    })

    it("completes the order from Stripe's signed webhook when the customer's browser never comes back after paying", async () => {
      const shopper = await registerCustomer(api, key, "closed.the.tab@example.com")
      const { cartId, intent } = await payByCard(shopper, [{ variant_id: daily, quantity: 1, interval_days: 60 }], KEEP_CARD)
      const authorised = stripeApi.confirmCard(intent.id)

      const payload = JSON.stringify({
        id: "evt_fake_authorised",
        object: "event",
        type: "payment_intent.amount_capturable_updated",
        api_version: "2024-04-10",
        data: { object: { ...authorised, amount_capturable: authorised.amount, amount_received: 0 } },
      })
      const signature = new Stripe("sk_test_unused").webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET })
      await api.post("/hooks/payment/stripe_stripe", payload, {
        headers: { "content-type": "application/json", "stripe-signature": signature },
      })

      const orderId = await eventually(
        "the webhook completes the cart",
        async () => {
          const { data } = await getContainer()
            .resolve(ContainerRegistrationKeys.QUERY)
            .graph({
              entity: "order_cart",
              fields: ["order_id"],
              filters: { cart_id: cartId },
            })
          return (data[0] as { order_id?: string } | undefined)?.order_id
        },
        60_000
      )
      expect(orderId).toMatch(/^order_/)
      // The order exists a step before the subscriptions it starts.
      const subscription = await eventually(
        "the subscription starts",
        async () => (await subscriptionService(getContainer()).listSubscriptions({ customer_id: shopper.id }))[0]
      )
      expect(subscription.payment_data).toMatchObject({ payment_method: "pm_card_visa" })
    })
  },
})
