import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { renewalPeriodKey } from "@biome/shared"
import { SUBSCRIPTION_MODULE } from "../../src/modules/subscription"
import { seedCatalog, storeHeaders } from "../helpers/seeded-shop"
import { variantId } from "../helpers/customers"
import { cloneSubscription, daysFrom, eventually, ordersOf, setStock, subscribedCustomer, subscriptionService } from "../helpers/subscriptions"
import renewDueSubscriptionsJob from "../../src/jobs/renew-due-subscriptions"
import { renewDueSubscriptions } from "../../src/renewals/renew-due-subscriptions"
import { renewSubscription } from "../../src/renewals/renew-subscription"
import { sendRenewalReminders } from "../../src/renewals/send-renewal-reminders"

jest.setTimeout(300 * 1000)

const usd = (amount: number) => new Intl.NumberFormat("en-US", { style: "currency", currency: "usd" }).format(amount)

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

    const subscribe = (email: string, extra: { interval?: number; handle?: string; size?: string } = {}) =>
      subscribedCustomer(api, getContainer(), { key, regionId, email, ...extra })

    const orderDetails = async (orderId: string) => {
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "order",
        fields: [
          "status", "email", "customer_id", "total", "items.id", "items.metadata", "shipping_methods.name", "shipping_methods.amount",
          "payment_collections.status", "payment_collections.amount", "payment_collections.payments.amount",
        ],
        filters: { id: orderId },
      })
      return data[0] as any
    }

    /** Units of a variant held by reservations, over all its locations. */
    const reservedUnits = async (variantId: string) => {
      const { data } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product_variant",
        fields: ["inventory_items.inventory.location_levels.reserved_quantity"],
        filters: { id: variantId },
      })
      const levels = (data[0] as any).inventory_items.flatMap((i: any) => i.inventory.location_levels)
      return levels.reduce((sum: number, l: { reserved_quantity: number }) => sum + Number(l.reserved_quantity), 0)
    }

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
      expect(order.payment_collections.map((c: any) => [c.status, Number(c.amount), c.payments.map((p: any) => Number(p.amount))])).toEqual([
        ["authorized", 30.44, [30.44]],
      ])
      const reservations = await getContainer().resolve(Modules.INVENTORY).listReservationItems({ line_item_id: order.items[0].id })
      expect(reservations.map((r) => Number(r.quantity))).toEqual([1])
    })

    it("a declined renewal leaves no order, no payment and no held stock behind", async () => {
      const { subscription } = await subscribe("declined.clean@example.com")
      await subscriptionService(getContainer()).updateSubscriptions({ id: subscription.id, payment_provider_id: "pp_declining_test" })
      const reservedBefore = await reservedUnits(subscription.variant_id)
      const collectionsBefore = await getContainer().resolve(Modules.PAYMENT).listPaymentCollections({}, { select: ["id"] })

      const summary = await renewDueSubscriptions(getContainer(), { now: daysFrom(subscription.next_delivery_at, 0.1) })

      expect(summary).toMatchObject({ due: 1, renewed: 0, failed: 1, errors: 0 })
      expect(await reservedUnits(subscription.variant_id)).toBe(reservedBefore)
      expect(await getContainer().resolve(Modules.PAYMENT).listPaymentCollections({}, { select: ["id"] })).toHaveLength(collectionsBefore.length)
      const { data: orders } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({
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
      await products.updateProducts(product.id, { metadata: { ...product.metadata, subscription: { discount_percent: 10, interval_days: [30] } } })
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

    it("renews all 50 due subscriptions in one run, across several pages", async () => {
      const { subscription } = await subscribe("fifty@example.com")
      await setStock(getContainer(), subscription.variant_id, 1000)
      await cloneSubscription(getContainer(), subscription, 49)
      const now = daysFrom(subscription.next_delivery_at, 0.1)

      const summary = await renewDueSubscriptions(getContainer(), { now, pageSize: 20 })
      expect(summary).toMatchObject({ due: 50, renewed: 50, failed: 0, errors: 0 })
      const all = await subscriptionService(getContainer()).listSubscriptions({ customer_id: subscription.customer_id })
      expect(all.every((s) => new Date(s.next_delivery_at) > now)).toBe(true)
      const renewals = await subscriptionService(getContainer()).listSubscriptionRenewals({ status: "succeeded" })
      expect(renewals).toHaveLength(50)
      // Renewal orders never start subscriptions of their own.
      expect(all).toHaveLength(50)
    })

    it("two job runs at once renew each due subscription exactly once", async () => {
      const { subscription } = await subscribe("twice@example.com")
      await cloneSubscription(getContainer(), subscription, 7)
      const now = daysFrom(subscription.next_delivery_at, 0.1)

      const [a, b] = await Promise.all([
        renewDueSubscriptions(getContainer(), { now }),
        renewDueSubscriptions(getContainer(), { now }),
      ])
      expect(a.renewed + b.renewed).toBe(8)
      expect(a.errors + b.errors + a.failed + b.failed).toBe(0)

      const renewals = await subscriptionService(getContainer()).listSubscriptionRenewals({ status: "succeeded" })
      expect(renewals).toHaveLength(8)
      expect(new Set(renewals.map((r) => r.period_key)).size).toBe(8)
      expect(new Set(renewals.map((r) => r.order_id)).size).toBe(8)
    })

    it("claimers racing past the lock for one period: one claims it, every other is told so without an error", async () => {
      const { subscription } = await subscribe("claim.race@example.com")
      const scheduledFor = new Date(subscription.next_delivery_at)
      const period = { subscription_id: subscription.id, period_key: renewalPeriodKey(subscription.id, scheduledFor), scheduled_for: scheduledFor }
      const service = subscriptionService(getContainer())

      const outcomes = await Promise.allSettled(
        Array.from({ length: 8 }, () => service.claimRenewalPeriod({ ...period, trigger: "schedule" }))
      )
      const claimed = outcomes.filter((o) => o.status === "fulfilled" && o.value.state === "claimed")
      expect(claimed).toHaveLength(1)
      // The others either saw the winner's attempt (resumed) or lost the insert: a typed CONFLICT, never a raw database error.
      for (const o of outcomes) {
        if (o.status === "rejected") expect(o.reason).toMatchObject({ type: "conflict", message: expect.stringContaining("being renewed elsewhere") })
        else expect(["claimed", "resumed"]).toContain(o.value.state)
      }
      const attempts = await service.listSubscriptionRenewals({ period_key: period.period_key })
      expect(attempts).toHaveLength(1)
      expect(attempts[0]).toMatchObject({ status: "processing", attempt: 1, trigger: "schedule" })
    })

    it("a retry after a crash between placing and recording the order finishes without ordering again", async () => {
      const { subscription } = await subscribe("crash@example.com")
      const dueDate = new Date(subscription.next_delivery_at)
      const now = daysFrom(dueDate, 0.1)
      await renewSubscription(getContainer(), { subscription_id: subscription.id, trigger: "schedule", now })
      const [renewal] = await subscriptionService(getContainer()).listSubscriptionRenewals({ subscription_id: subscription.id })

      // Put the world back to "order placed and noted on the attempt, renewal not yet recorded", as a crash would leave it.
      await subscriptionService(getContainer()).updateSubscriptionRenewals({ id: renewal!.id, status: "processing" })
      await subscriptionService(getContainer()).updateSubscriptions({ id: subscription.id, next_delivery_at: dueDate })

      const retried = await renewSubscription(getContainer(), { subscription_id: subscription.id, trigger: "schedule", now })
      expect(retried).toMatchObject({ outcome: "renewed", order_id: renewal!.order_id })
      expect(await ordersOf(getContainer(), subscription.id)).toHaveLength(2)
      const periods = await subscriptionService(getContainer()).listSubscriptionRenewals({
        period_key: renewalPeriodKey(subscription.id, dueDate),
      })
      expect(periods).toHaveLength(1)
      expect(periods[0]!.status).toBe("succeeded")
    })

    it("a retry after a crash that left the order unpaid cancels that order, frees its stock and places a paid one", async () => {
      const { subscription } = await subscribe("crash.unpaid@example.com")
      const dueDate = new Date(subscription.next_delivery_at)
      const now = daysFrom(dueDate, 0.1)
      const reservedBefore = await reservedUnits(subscription.variant_id)
      await renewSubscription(getContainer(), { subscription_id: subscription.id, trigger: "schedule", now })
      const [renewal] = await subscriptionService(getContainer()).listSubscriptionRenewals({ subscription_id: subscription.id })
      const unpaid = renewal!.order_id!

      // As a crash before the payment step leaves it: the order exists with its stock held, nothing is paid,
      // nothing is recorded on the subscription.
      const link = getContainer().resolve(ContainerRegistrationKeys.LINK)
      const { payment_collections } = await orderDetails(unpaid)
      await link.dismiss({ [Modules.ORDER]: { order_id: unpaid }, [Modules.PAYMENT]: { payment_collection_id: payment_collections[0].id } })
      await link.dismiss({ [SUBSCRIPTION_MODULE]: { subscription_id: subscription.id }, [Modules.ORDER]: { order_id: unpaid } })
      await subscriptionService(getContainer()).updateSubscriptionRenewals({ id: renewal!.id, status: "processing" })
      await subscriptionService(getContainer()).updateSubscriptions({ id: subscription.id, next_delivery_at: dueDate })
      expect(await reservedUnits(subscription.variant_id)).toBe(reservedBefore + 1)

      const retried = await renewSubscription(getContainer(), { subscription_id: subscription.id, trigger: "schedule", now })

      expect(retried.outcome).toBe("renewed")
      expect(retried.order_id).not.toBe(unpaid)
      expect((await orderDetails(unpaid)).status).toBe("canceled")
      const paid = await orderDetails(retried.order_id!)
      expect(paid.payment_collections.map((c: any) => c.status)).toEqual(["authorized"])
      expect(await reservedUnits(subscription.variant_id)).toBe(reservedBefore + 1)
      expect((await ordersOf(getContainer(), subscription.id)).map((o) => o.id)).toEqual([expect.any(String), retried.order_id])
      const [attempt] = await subscriptionService(getContainer()).listSubscriptionRenewals({ subscription_id: subscription.id })
      expect(attempt).toMatchObject({ status: "succeeded", order_id: retried.order_id })
    })

    it("a declined card walks through retries after 1, 3 and 7 days, then pauses, telling the customer each time", async () => {
      const { subscription } = await subscribe("declined@example.com")
      const service = subscriptionService(getContainer())
      await service.updateSubscriptions({ id: subscription.id, payment_provider_id: "pp_declining_test" })
      let now = daysFrom(subscription.next_delivery_at, 0.1)

      const seen: { status: string; retryInDays: number | null }[] = []
      for (let attempt = 1; attempt <= 4; attempt++) {
        const summary = await renewDueSubscriptions(getContainer(), { now })
        expect(summary.failed).toBe(1)
        const sub = await service.retrieveSubscription(subscription.id)
        const retryInDays = sub.next_retry_at ? Math.round((new Date(sub.next_retry_at).getTime() - now.getTime()) / 86_400_000) : null
        seen.push({ status: sub.status, retryInDays })
        if (sub.next_retry_at) {
          expect((await renewDueSubscriptions(getContainer(), { now: daysFrom(now, retryInDays! - 0.5) })).due).toBe(0)
          now = daysFrom(sub.next_retry_at, 0.01)
        }
      }
      expect(seen).toEqual([
        { status: "past_due", retryInDays: 1 },
        { status: "past_due", retryInDays: 3 },
        { status: "past_due", retryInDays: 7 },
        { status: "paused", retryInDays: null },
      ])
      const final = await service.retrieveSubscription(subscription.id)
      expect(final).toMatchObject({ failed_attempts: 4, pause_reason: "payment_failed", last_failure_reason: "the payment was declined" })
      expect(await ordersOf(getContainer(), subscription.id)).toHaveLength(1)

      const attempts = await service.listSubscriptionRenewals({ subscription_id: subscription.id }, { order: { attempt: "ASC" } })
      expect(attempts.map((a) => [a.attempt, a.status, a.failure_code])).toEqual([
        [1, "failed", "payment_failed"],
        [2, "failed", "payment_failed"],
        [3, "failed", "payment_failed"],
        [4, "failed", "payment_failed"],
      ])
      await eventually(async () => {
        const emails = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ to: "declined@example.com" })
        // Besides the checkout's order confirmation, the subscription's own emails:
        expect(emails.map((n) => n.template).filter((t) => t !== "order-confirmation").sort()).toEqual([
          "subscription-paused-after-failures",
          "subscription-renewal-failed",
          "subscription-renewal-failed",
          "subscription-renewal-failed",
        ])
      })
    })

    it("out of stock at renewal is visible: past due with a retry, and renewed once stock returns", async () => {
      const { subscription } = await subscribe("no.stock@example.com")
      await setStock(getContainer(), subscription.variant_id, 0)
      const now = daysFrom(subscription.next_delivery_at, 0.1)

      const first = await renewDueSubscriptions(getContainer(), { now })
      expect(first.failed).toBe(1)
      const pastDue = await subscriptionService(getContainer()).retrieveSubscription(subscription.id)
      expect(pastDue).toMatchObject({ status: "past_due", last_failure_reason: "the product is out of stock" })

      await setStock(getContainer(), subscription.variant_id, 50)
      const retry = await renewDueSubscriptions(getContainer(), { now: daysFrom(pastDue.next_retry_at!, 0.01) })
      expect(retry.renewed).toBe(1)
      const recovered = await subscriptionService(getContainer()).retrieveSubscription(subscription.id)
      expect(recovered).toMatchObject({ status: "active", failed_attempts: 0, next_retry_at: null })
    })

    it("uses the shop's retry policy: admins can make the last failure cancel instead of pause", async () => {
      const { subscription } = await subscribe("policy@example.com")
      const service = subscriptionService(getContainer())
      await service.saveRenewalPolicy({ retry_schedule_days: [2], after_final_failure: "cancel" })
      await service.updateSubscriptions({ id: subscription.id, payment_provider_id: "pp_declining_test" })
      const now = daysFrom(subscription.next_delivery_at, 0.1)

      await renewDueSubscriptions(getContainer(), { now })
      const first = await service.retrieveSubscription(subscription.id)
      expect(Math.round((new Date(first.next_retry_at!).getTime() - now.getTime()) / 86_400_000)).toBe(2)
      await renewDueSubscriptions(getContainer(), { now: daysFrom(first.next_retry_at!, 0.01) })
      expect((await service.retrieveSubscription(subscription.id)).status).toBe("cancelled")
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

      const stranger = await api.post(url, { next_delivery_at: shown }, other.shopper.headers).catch((e: { response: { status: number; data: any } }) => e.response)
      expect(stranger.status).toBe(404)
      const malformed = await api.post(url, { next_delivery_at: "soon" }, shopper.headers).catch((e: { response: { status: number; data: any } }) => e.response)
      expect(malformed.status).toBe(400)

      const before = Date.now()
      const { data } = await api.post(url, { next_delivery_at: shown }, shopper.headers)
      expect(data.renewal).toMatchObject({ outcome: "renewed", order_id: expect.any(String) })
      const next = new Date(data.subscription.next_delivery_at).getTime()
      expect(next).toBeGreaterThanOrEqual(daysFrom(new Date(before), 30).getTime())
      expect(next).toBeLessThanOrEqual(daysFrom(new Date(), 30).getTime())

      const again = await api.post(url, { next_delivery_at: shown }, shopper.headers).catch((e: { response: { status: number; data: any } }) => e.response)
      expect(again.status).toBe(409)
      expect(again.data.message).toMatch(/already been sent or moved/)
      expect((await ordersOf(getContainer(), subscription.id)).map((o) => o.id)).toEqual([expect.any(String), data.renewal.order_id])
      const [attempt] = await subscriptionService(getContainer()).listSubscriptionRenewals({ subscription_id: subscription.id })
      expect(attempt).toMatchObject({ trigger: "customer", status: "succeeded" })
    })
    it("a one-time product added to the next delivery is billed and shipped with that renewal only, at its regular price", async () => {
      const { subscription, shopper } = await subscribe("add.on@example.com")
      const stranger = await subscribe("add.on.stranger@example.com")
      const extra = await variantId(api, key, "gut-restore-50", "30 capsules")
      const url = `/store/customers/me/subscriptions/${subscription.id}/next-delivery-items`

      expect((await api.post(url, { variant_id: extra, quantity: 2 }, stranger.shopper.headers).catch((e: { response: { status: number; data: any } }) => e.response)).status).toBe(404)
      expect((await api.post(url, { variant_id: "variant_nope", quantity: 1 }, shopper.headers).catch((e: { response: { status: number; data: any } }) => e.response)).status).toBe(400)
      expect((await api.post(url, { variant_id: extra, quantity: 11 }, shopper.headers).catch((e: { response: { status: number; data: any } }) => e.response)).status).toBe(400)
      const { data } = await api.post(url, { variant_id: extra, quantity: 2 }, shopper.headers)
      expect(data.next_delivery_items).toEqual([{ variant_id: extra, quantity: 2 }])

      const reservedBefore = await reservedUnits(extra)
      await renewDueSubscriptions(getContainer(), { now: daysFrom(subscription.next_delivery_at, 0.1) })
      const [, renewal] = await ordersOf(getContainer(), subscription.id)
      const lines = renewal.items.map((i: any) => [i.variant_id, Number(i.quantity), Number(i.unit_price)])
      expect(lines).toEqual(expect.arrayContaining([[subscription.variant_id, 1, 25.49], [extra, 2, 39.99]]))
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
