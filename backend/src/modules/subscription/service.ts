import { MedusaService, MedusaError, generateEntityId } from "@medusajs/framework/utils"
import { InjectManager, InjectTransactionManager, MedusaContext } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { DEFAULT_RETRY_SCHEDULE_DAYS } from "@biome/shared"
import { Subscription } from "./models/subscription"
import { SubscriptionActivity } from "./models/subscription-activity"
import { SubscriptionRenewal } from "./models/subscription-renewal"
import { SubscriptionSettings } from "./models/subscription-settings"
import type { NewSubscriptionActivity, RenewalClaim, RenewalPolicy, RenewalTrigger } from "./types"

const DEFAULT_POLICY: RenewalPolicy = {
  retry_schedule_days: [...DEFAULT_RETRY_SCHEDULE_DAYS],
  after_final_failure: "pause",
  reminder_days_before: 3,
}

class SubscriptionModuleService extends MedusaService({
  Subscription,
  SubscriptionRenewal,
  SubscriptionSettings,
  SubscriptionActivity,
}) {
  /** One page of a subscription's activity, newest first. */
  async listActivity(subscriptionId: string, page: { limit: number; offset: number }) {
    return await this.listAndCountSubscriptionActivities(
      { subscription_id: subscriptionId },
      { order: { occurred_at: "DESC", id: "DESC" }, take: page.limit, skip: page.offset }
    )
  }

  /** Writes a change and its activity entries in one transaction: the timeline never tells of a change that failed. */
  @InjectTransactionManager()
  async updateSubscriptionWithActivity(
    update: { id: string } & Record<string, unknown>,
    activity: NewSubscriptionActivity[],
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    await this.updateSubscriptions(update as never, sharedContext)
    if (!activity.length) return
    const now = new Date()
    await this.createSubscriptionActivities(activity.map((a) => ({ ...a, occurred_at: a.occurred_at ?? now })) as never, sharedContext)
  }

  /** The shop's renewal policy; the defaults until an admin saves one. */
  async getRenewalPolicy(): Promise<RenewalPolicy> {
    const [settings] = await this.listSubscriptionSettings({}, { take: 1 })
    if (!settings) return DEFAULT_POLICY
    return {
      retry_schedule_days: settings.retry_schedule_days as unknown as number[],
      after_final_failure: settings.after_final_failure,
      reminder_days_before: settings.reminder_days_before,
    }
  }

  async saveRenewalPolicy(policy: Partial<RenewalPolicy>): Promise<RenewalPolicy> {
    const [settings] = await this.listSubscriptionSettings({}, { take: 1 })
    const next = { ...(await this.getRenewalPolicy()), ...policy }
    const data = { ...next, retry_schedule_days: next.retry_schedule_days as unknown as Record<string, unknown> }
    if (settings) await this.updateSubscriptionSettings({ id: settings.id, ...data })
    else await this.createSubscriptionSettings(data)
    return next
  }

  /** The one-time discount (percent) offered to a customer about to cancel; 0 means none is offered. */
  async getRetentionDiscountPercent(): Promise<number> {
    const [settings] = await this.listSubscriptionSettings({}, { take: 1 })
    return settings?.retention_discount_percent ?? 0
  }

  async saveRetentionDiscountPercent(percent: number): Promise<number> {
    const [settings] = await this.listSubscriptionSettings({}, { take: 1 })
    if (settings) await this.updateSubscriptionSettings({ id: settings.id, retention_discount_percent: percent })
    else {
      const policy = { ...DEFAULT_POLICY, retry_schedule_days: DEFAULT_POLICY.retry_schedule_days as unknown as Record<string, unknown> }
      await this.createSubscriptionSettings({ ...policy, retention_discount_percent: percent })
    }
    return percent
  }

  /**
   * One page of subscriptions that need a renewal now: active ones whose next delivery has come, and past-due
   * ones whose retry has come. Keyset pagination by id, so renewals advancing dates cannot skip a row.
   */
  async listDueForRenewal(now: Date, afterId: string | null, limit: number) {
    return await this.listSubscriptions(
      {
        $or: [
          { status: "active", next_delivery_at: { $lte: now } },
          { status: "past_due", next_retry_at: { $lte: now } },
        ],
        ...(afterId ? { id: { $gt: afterId } } : {}),
      },
      { take: limit, order: { id: "ASC" } }
    )
  }

  /** Subscriptions paused until a date that has come, due to be resumed. */
  async listEndedPauses(now: Date, limit = 500) {
    return await this.listSubscriptions({ status: "paused", paused_until: { $lte: now } }, { take: limit, select: ["id"] })
  }

  /**
   * Claims a delivery period for renewal. Returns the earlier success when the period was already renewed, the
   * unfinished attempt when a crash left one behind, or a new attempt. Two claimers racing on the same period
   * cannot both create one: the partial unique index on in-flight attempts keeps the second out.
   */
  @InjectManager()
  async claimRenewalPeriod(
    input: { subscription_id: string; period_key: string; scheduled_for: Date; trigger: RenewalTrigger },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<RenewalClaim> {
    const existing = await this.listSubscriptionRenewals({ period_key: input.period_key }, { order: { attempt: "DESC" } }, sharedContext)
    const succeeded = existing.find((r) => r.status === "succeeded")
    if (succeeded) return { state: "already_renewed", renewal: succeeded }
    const inFlight = existing.find((r) => r.status === "processing")
    if (inFlight) return { state: "resumed", renewal: inFlight }
    // ON CONFLICT names the partial unique index on in-flight attempts: a claimer that loses the race gets no
    // row back instead of an error, so losing is told by the result, never by an error's text.
    const [row] = (await sharedContext.manager!.execute(
      `insert into subscription_renewal (id, subscription_id, period_key, scheduled_for, trigger, attempt, status)
       values (?, ?, ?, ?, ?, ?, 'processing')
       on conflict (period_key) where status = 'processing' and deleted_at is null do nothing
       returning id`,
      [
        generateEntityId(undefined, "subren"),
        input.subscription_id,
        input.period_key,
        input.scheduled_for,
        input.trigger,
        (existing[0]?.attempt ?? 0) + 1,
      ]
    )) as { id: string }[]
    if (!row) throw new MedusaError(MedusaError.Types.CONFLICT, `Period ${input.period_key} is being renewed elsewhere`)
    return { state: "claimed", renewal: await this.retrieveSubscriptionRenewal(row.id, {}, sharedContext) }
  }

  /**
   * Marks a period paid for and moves the subscription on, in one transaction: a reader never sees the
   * period renewed with the delivery still due (the stock forecast would count the delivery twice).
   */
  @InjectTransactionManager()
  async completeRenewal(
    input: { renewal_id: string; subscription_id: string; order_id: string; next_delivery_at: Date; metadata?: Record<string, unknown> },
    @MedusaContext() sharedContext: Context<EntityManager> = {}
  ): Promise<void> {
    await this.updateSubscriptionRenewals({ id: input.renewal_id, status: "succeeded", order_id: input.order_id }, sharedContext)
    await this.updateSubscriptions(
      {
        id: input.subscription_id,
        status: "active",
        next_delivery_at: input.next_delivery_at,
        failed_attempts: 0,
        next_retry_at: null,
        last_failure_reason: null,
        // The retention discount was for this renewal only; the skipped date is behind it now.
        retention_discount_percent: null,
        skipped_delivery_at: null,
        ...(input.metadata ? { metadata: input.metadata } : {}),
      },
      sharedContext
    )
  }
}

export default SubscriptionModuleService
