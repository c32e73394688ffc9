import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { renewalPeriodKey } from "@biome/shared"
import { SUBSCRIPTION_MODULE } from "../../src/modules/subscription"
import { orderDetails as orderDetailsOf, renewalShop, reservedUnits as reservedUnitsOf } from "../helpers/renewal-shop"
import { cloneSubscription, daysFrom, eventually, ordersOf, setStock, subscriptionService } from "../helpers/subscriptions"
import { renewDueSubscriptions } from "../../src/renewals/renew-due-subscriptions"
import { renewSubscription } from "../../src/renewals/renew-subscription"

jest.setTimeout(300 * 1000)

// Renewals at scale, under races and crashes, and after failures: retries, pauses and the retry policy
medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer }) => {
    const { subscribe } = renewalShop(api, getContainer)
    const orderDetails = (orderId: string) => orderDetailsOf(getContainer(), orderId)
    const reservedUnits = (id: string) => reservedUnitsOf(getContainer(), id)

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

      const [a, b] = await Promise.all([renewDueSubscriptions(getContainer(), { now }), renewDueSubscriptions(getContainer(), { now })])
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
      const period = {
        subscription_id: subscription.id,
        period_key: renewalPeriodKey(subscription.id, scheduledFor),
        scheduled_for: scheduledFor,
      }
      const service = subscriptionService(getContainer())

      const outcomes = await Promise.allSettled(
        Array.from({ length: 8 }, () => service.claimRenewalPeriod({ ...period, trigger: "schedule" }))
      )
      const claimed = outcomes.filter((o) => o.status === "fulfilled" && o.value.state === "claimed")
      expect(claimed).toHaveLength(1)
      // The others either saw the winner's attempt (resumed) or lost the insert: a typed CONFLICT, never a raw database error.
      for (const o of outcomes) {
        if (o.status === "rejected")
          expect(o.reason).toMatchObject({ type: "conflict", message: expect.stringContaining("being renewed elsewhere") })
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
        expect(
          emails
            .map((n) => n.template)
            .filter((t) => t !== "order-confirmation")
            .sort()
        ).toEqual([
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
  },
})
