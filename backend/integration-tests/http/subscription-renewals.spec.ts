import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { variantId } from "../helpers/customers"
import { orderDetails as orderDetailsOf, renewalShop, reservedUnits as reservedUnitsOf, usd } from "../helpers/renewal-shop"
import { daysFrom, eventually, ordersOf, subscriptionService } from "../helpers/subscriptions"
import renewDueSubscriptionsJob from "../../src/jobs/renew-due-subscriptions"
import { renewDueSubscriptions } from "../../src/renewals/renew-due-subscriptions"
import { sendRenewalReminders } from "../../src/renewals/send-renewal-reminders"

jest.setTimeout(300 * 1000)

// A customer's renewals: the order, its email and reminder, sending the next delivery now, extras
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    const { shop, subscribe } = renewalShop(api, getContainer)
    const orderDetails = (orderId: string) => orderDetailsOf(getContainer(), orderId)
    const reservedUnits = (id: string) => reservedUnitsOf(getContainer(), id)

    it("renews a subscription on its due date: new order at the subscription price, next date one interval on", async () => {
      const { subscription } = await subscribe("due.date@example.com")
      const dueDate = new Date(subscription.next_delivery_at)

      const early = await renewDueSubscriptions(getContainer(), { now: daysFrom(dueDate, -1) })
      expect(early.due).toBe(0)

      const summary = await renewDueSubscriptions(getContainer(), { now: daysFrom(dueDate, 0.1) })
      expect(summary).toMatchObject({ due: 1, renewed: 1, failed: 0, errors: 0 })

      const orders = await ordersOf(getContainer(), subscription.id)
      expect(orders).toHaveLength(2)
      const renewal = orders[1]
      expect(renewal.items[0].variant_id).toBe(subscription.variant_id)
      expect([Number(renewal.items[0].quantity), Number(renewal.items[0].unit_price)]).toEqual([1, 25.49])
      expect(renewal.shipping_address).toMatchObject({ address_1: "400 SW 6th Ave" })

      const after = await subscriptionService(getContainer()).retrieveSubscription(subscription.id)
      expect(new Date(after.next_delivery_at).toISOString()).toBe(daysFrom(dueDate, 60).toISOString())
      expect(after.status).toBe("active")
    })

    it("a renewal is an ordinary order: shipped with the subscription's option, paid for its whole total, its stock reserved", async () => {
      const { subscription } = await subscribe("ordinary.order@example.com")
      await renewDueSubscriptions(getContainer(), { now: daysFrom(subscription.next_delivery_at, 0.1) })

      const [, renewal] = await ordersOf(getContainer(), subscription.id)
      const order = await orderDetails(renewal.id)
      expect(order).toMatchObject({ status: "pending", email: "ordinary.order@example.com", customer_id: subscription.customer_id })
      expect(order.items[0].metadata).toMatchObject({ subscription_id: subscription.id, subscription_interval_days: 60 })
      expect(order.shipping_methods.map((m: any) => [m.name, Number(m.amount)])).toEqual([["Standard shipping (3–5 business days)", 4.95]])
      expect(Number(order.total)).toBe(30.44)
      expect(order.payment_collections.map((c: any) => [c.status, Number(c.amount), c.payments.map((p: any) => Number(p.amount))])).toEqual(
        [["authorized", 30.44, [30.44]]]
      )
      const reservations = await getContainer().resolve(Modules.INVENTORY).listReservationItems({ line_item_id: order.items[0].id })
      expect(reservations.map((r) => Number(r.quantity))).toEqual([1])
    })

    it("a declined renewal leaves no order, no payment and no held stock behind", async () => {
      const { subscription } = await subscribe("declined.clean@example.com")
      await subscriptionService(getContainer()).updateSubscriptions({ id: subscription.id, payment_provider_id: "pp_declining_test" })
      const reservedBefore = await reservedUnits(subscription.variant_id)
      const collectionsBefore = await getContainer()
        .resolve(Modules.PAYMENT)
        .listPaymentCollections({}, { select: ["id"] })

      const summary = await renewDueSubscriptions(getContainer(), { now: daysFrom(subscription.next_delivery_at, 0.1) })

      expect(summary).toMatchObject({ due: 1, renewed: 0, failed: 1, errors: 0 })
      expect(await reservedUnits(subscription.variant_id)).toBe(reservedBefore)
      expect(
        await getContainer()
          .resolve(Modules.PAYMENT)
          .listPaymentCollections({}, { select: ["id"] })
      ).toHaveLength(collectionsBefore.length)
      const { data: orders } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "order",
          fields: ["id"],
          filters: { email: "declined.clean@example.com" },
        })
      expect(orders).toHaveLength(1)
      const [attempt] = await subscriptionService(getContainer()).listSubscriptionRenewals({ subscription_id: subscription.id })
      expect(attempt).toMatchObject({ status: "failed", failure_code: "payment_failed", order_id: null })
    })

    it("a customer who moved where the shipping option does not deliver is told so, and nothing is shipped or charged", async () => {
      const { subscription } = await subscribe("moved.abroad@example.com")
      await getContainer().resolve(Modules.CUSTOMER).createCustomerAddresses({
        customer_id: subscription.customer_id,
        first_name: "Jo",
        last_name: "Moved",
        address_1: "Unter den Linden 1",
        city: "Berlin",
        postal_code: "10117",
        country_code: "de",
        is_default_shipping: true,
      })

      const summary = await renewDueSubscriptions(getContainer(), { now: daysFrom(subscription.next_delivery_at, 0.1) })

      expect(summary).toMatchObject({ due: 1, renewed: 0, failed: 1 })
      const after = await subscriptionService(getContainer()).retrieveSubscription(subscription.id)
      expect(after).toMatchObject({
        status: "past_due",
        last_failure_reason: "we cannot deliver to the shipping address on your account with your chosen shipping method",
      })
      expect(await ordersOf(getContainer(), subscription.id)).toHaveLength(1)
    })

    it("keeps renewing at the subscription's own discount and interval after the product's offer changes", async () => {
      const { subscription } = await subscribe("offer.changed@example.com")
      const products = getContainer().resolve(Modules.PRODUCT)
      const product = await products.retrieveProduct(subscription.product_id)
      const offer = product.metadata?.subscription
      // Admins cut the discount to 10% and stop offering 60 days; this subscriber signed up at 15%, every 60.
      await products.updateProducts(product.id, {
        metadata: { ...product.metadata, subscription: { discount_percent: 10, interval_days: [30] } },
      })
      try {
        const summary = await renewDueSubscriptions(getContainer(), { now: daysFrom(subscription.next_delivery_at, 0.1) })
        expect(summary).toMatchObject({ due: 1, renewed: 1, failed: 0, errors: 0 })
        const [, renewal] = await ordersOf(getContainer(), subscription.id)
        expect(Number(renewal.items[0].unit_price)).toBe(25.49)
      } finally {
        await products.updateProducts(product.id, { metadata: { ...product.metadata, subscription: offer ?? null } })
      }
    })

    it("the worker's scheduled job renews what is due when scheduled jobs are on, and nothing when they are off", async () => {
      const { subscription } = await subscribe("scheduled.job@example.com")
      await subscriptionService(getContainer()).updateSubscriptions({ id: subscription.id, next_delivery_at: daysFrom(new Date(), -0.1) })
      const saved = process.env.SCHEDULED_JOBS
      try {
        process.env.SCHEDULED_JOBS = "off"
        await renewDueSubscriptionsJob(getContainer())
        expect(await ordersOf(getContainer(), subscription.id)).toHaveLength(1)

        process.env.SCHEDULED_JOBS = "on"
        await renewDueSubscriptionsJob(getContainer())
        expect(await ordersOf(getContainer(), subscription.id)).toHaveLength(2)
      } finally {
        if (saved === undefined) delete process.env.SCHEDULED_JOBS
        else process.env.SCHEDULED_JOBS = saved
      }
    })

    it("tells the customer by email when a renewal order is placed", async () => {
      const { subscription } = await subscribe("renewed.email@example.com")
      await renewDueSubscriptions(getContainer(), { now: daysFrom(subscription.next_delivery_at, 0.1) })
      const [, order] = await ordersOf(getContainer(), subscription.id)
      await eventually(async () => {
        const notifications = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: "renewed.email@example.com" })
        const renewed = notifications.filter((n) => n.template === "subscription-renewed")
        expect(renewed.map((n) => n.data?.order_id)).toEqual([order.id])
      })
    })

    it("reminds the subscriber once, three days before the charge, with the amount and where to change it", async () => {
      const { subscription } = await subscribe("reminder@example.com", { interval: 30 })
      const due = new Date(subscription.next_delivery_at)

      expect(await sendRenewalReminders(getContainer(), { now: daysFrom(due, -4) })).toBe(0)
      expect(await sendRenewalReminders(getContainer(), { now: daysFrom(due, -2.9) })).toBe(1)
      expect(await sendRenewalReminders(getContainer(), { now: daysFrom(due, -1) })).toBe(0)

      const [email] = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({
        to: "reminder@example.com",
        template: "subscription-renewal-reminder",
      })
      // The item at the subscription price and the shipping: what the renewal then charges.
      expect(email!.data).toMatchObject({ amount: "$30.44", manage_url: expect.stringMatching(/\/account\/subscriptions$/) })
      await renewDueSubscriptions(getContainer(), { now: daysFrom(due, 0.1) })
      const [, renewal] = await ordersOf(getContainer(), subscription.id)
      expect(usd(Number(renewal.total))).toBe(email!.data!.amount)
    })
    it("a customer can have their next delivery sent now: one order today, the rhythm restarts from today, a repeated click orders nothing", async () => {
      const { subscription, shopper } = await subscribe("send.now@example.com", { interval: 30 })
      const other = await subscribe("not.mine@example.com")
      const shown = new Date(subscription.next_delivery_at).toISOString()
      const url = `/store/customers/me/subscriptions/${subscription.id}/send-now`

      const stranger = await api
        .post(url, { next_delivery_at: shown }, other.shopper.headers)
        .catch((e: { response: { status: number; data: any } }) => e.response)
      expect(stranger.status).toBe(404)
      const malformed = await api
        .post(url, { next_delivery_at: "soon" }, shopper.headers)
        .catch((e: { response: { status: number; data: any } }) => e.response)
      expect(malformed.status).toBe(400)

      const before = Date.now()
      const { data } = await api.post(url, { next_delivery_at: shown }, shopper.headers)
      expect(data.renewal).toMatchObject({ outcome: "renewed", order_id: expect.any(String) })
      const next = new Date(data.subscription.next_delivery_at).getTime()
      expect(next).toBeGreaterThanOrEqual(daysFrom(new Date(before), 30).getTime())
      expect(next).toBeLessThanOrEqual(daysFrom(new Date(), 30).getTime())

      const again = await api
        .post(url, { next_delivery_at: shown }, shopper.headers)
        .catch((e: { response: { status: number; data: any } }) => e.response)
      expect(again.status).toBe(409)
      expect(again.data.message).toMatch(/already been sent or moved/)
      expect((await ordersOf(getContainer(), subscription.id)).map((o) => o.id)).toEqual([expect.any(String), data.renewal.order_id])
      const [attempt] = await subscriptionService(getContainer()).listSubscriptionRenewals({ subscription_id: subscription.id })
      expect(attempt).toMatchObject({ trigger: "customer", status: "succeeded" })
    })
    it("a one-time product added to the next delivery is billed and shipped with that renewal only, at its regular price", async () => {
      const { subscription, shopper } = await subscribe("add.on@example.com")
      const stranger = await subscribe("add.on.stranger@example.com")
      const extra = await variantId(api, shop.key, "gut-restore-50", "30 capsules")
      const url = `/store/customers/me/subscriptions/${subscription.id}/next-delivery-items`

      expect(
        (
          await api
            .post(url, { variant_id: extra, quantity: 2 }, stranger.shopper.headers)
            .catch((e: { response: { status: number; data: any } }) => e.response)
        ).status
      ).toBe(404)
      expect(
        (
          await api
            .post(url, { variant_id: "variant_nope", quantity: 1 }, shopper.headers)
            .catch((e: { response: { status: number; data: any } }) => e.response)
        ).status
      ).toBe(400)
      expect(
        (
          await api
            .post(url, { variant_id: extra, quantity: 11 }, shopper.headers)
            .catch((e: { response: { status: number; data: any } }) => e.response)
        ).status
      ).toBe(400)
      const { data } = await api.post(url, { variant_id: extra, quantity: 2 }, shopper.headers)
      expect(data.next_delivery_items).toEqual([{ variant_id: extra, quantity: 2 }])

      const reservedBefore = await reservedUnits(extra)
      await renewDueSubscriptions(getContainer(), { now: daysFrom(subscription.next_delivery_at, 0.1) })
      const [, renewal] = await ordersOf(getContainer(), subscription.id)
      const lines = renewal.items.map((i: any) => [i.variant_id, Number(i.quantity), Number(i.unit_price)])
      expect(lines).toEqual(
        expect.arrayContaining([
          [subscription.variant_id, 1, 25.49],
          [extra, 2, 39.99],
        ])
      )
      expect(lines).toHaveLength(2)
      expect(await reservedUnits(extra)).toBe(reservedBefore + 2)
      const after = await subscriptionService(getContainer()).retrieveSubscription(subscription.id)
      expect(after.metadata?.next_delivery_extras).toEqual([])

      // The delivery after that is the subscription alone.
      await renewDueSubscriptions(getContainer(), { now: daysFrom(after.next_delivery_at, 0.1) })
      const third = (await ordersOf(getContainer(), subscription.id))[2]
      expect(third.items.map((i: any) => i.variant_id)).toEqual([subscription.variant_id])
    })
  },
})
