import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { nextRetry } from "@biome/shared"
import { SUBSCRIPTION_MODULE } from "@/modules/subscription"
import type SubscriptionModuleService from "@/modules/subscription/service"

export const recordRenewalFailureStepId = "record-subscription-renewal-failure"

export interface RecordRenewalFailureStepInput {
  renewal_id: string
  subscription_id: string
  failure_code: "payment_failed" | "out_of_stock" | "error"
  failure_reason: string
  failed_at: Date
}

export type RenewalFailureOutcome = { status: "past_due"; next_retry_at: Date } | { status: "paused" | "cancelled"; next_retry_at: null }

/**
 * Records a failed renewal attempt and applies the shop's retry policy: the subscription becomes past due with
 * its next retry scheduled, or, once the retries are used up, paused (or cancelled, if admins chose that).
 */
export const recordRenewalFailureStep = createStep(
  recordRenewalFailureStepId,
  async (input: RecordRenewalFailureStepInput, { container }) => {
    const service = container.resolve<SubscriptionModuleService>(SUBSCRIPTION_MODULE)
    const [before, policy] = await Promise.all([service.retrieveSubscription(input.subscription_id), service.getRenewalPolicy()])
    // Workflow input arrives serialised, so dates come back as strings.
    const failedAt = new Date(input.failed_at)
    const failedAttempts = before.failed_attempts + 1
    const retryAt = nextRetry(failedAttempts, failedAt, policy.retry_schedule_days)
    const outcome: RenewalFailureOutcome = retryAt
      ? { status: "past_due", next_retry_at: retryAt }
      : { status: policy.after_final_failure === "cancel" ? "cancelled" : "paused", next_retry_at: null }

    await service.updateSubscriptionRenewals({
      id: input.renewal_id,
      status: "failed",
      failure_code: input.failure_code,
      failure_reason: input.failure_reason,
    })
    await service.updateSubscriptions({
      id: input.subscription_id,
      status: outcome.status,
      failed_attempts: failedAttempts,
      next_retry_at: outcome.next_retry_at,
      last_failure_reason: input.failure_reason,
      ...(outcome.status === "paused" ? { pause_reason: input.failure_code, paused_until: null } : {}),
      ...(outcome.status === "cancelled" ? { cancelled_at: failedAt, cancel_reason: `renewal_failed:${input.failure_code}` } : {}),
    })
    return new StepResponse(outcome, {
      renewal_id: input.renewal_id,
      subscription: {
        id: before.id,
        status: before.status,
        failed_attempts: before.failed_attempts,
        next_retry_at: before.next_retry_at,
        last_failure_reason: before.last_failure_reason,
        pause_reason: before.pause_reason,
        paused_until: before.paused_until,
        cancelled_at: before.cancelled_at,
        cancel_reason: before.cancel_reason,
      },
    })
  },
  async (previous, { container }) => {
    if (!previous) return
    const service = container.resolve<SubscriptionModuleService>(SUBSCRIPTION_MODULE)
    await service.updateSubscriptionRenewals({ id: previous.renewal_id, status: "processing", failure_code: null, failure_reason: null })
    await service.updateSubscriptions(previous.subscription)
  }
)
