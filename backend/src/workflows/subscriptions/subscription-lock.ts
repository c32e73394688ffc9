import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { setTimeout as sleep } from "node:timers/promises"
import { subscriptionLockKey } from "../../lib/subscriptions/subscription-rules"

/**
 * The error code of "someone else holds this subscription": its lock could not be taken in time. Medusa's
 * locking providers report that with a plain Error (in-memory, PostgreSQL) or a bare CONFLICT (Redis), so the
 * acquisition itself is wrapped here and any failure of it becomes this one typed error.
 */
export const SUBSCRIPTION_BUSY = "subscription_busy"
export const SUBSCRIPTION_BUSY_MESSAGE = "This subscription is being renewed or changed right now. Please try again in a moment."

/** How long a customer's or admin's change waits for a renewal (or another change) to finish. */
export const SUBSCRIPTION_LOCK_WAIT_SECONDS = 10
/** A lock held longer than this by a crashed process is given up. */
const SUBSCRIPTION_LOCK_TTL_SECONDS = 60
const RETRY_INTERVAL_MS = 300

export function subscriptionBusy(): MedusaError {
  return new MedusaError(MedusaError.Types.CONFLICT, SUBSCRIPTION_BUSY_MESSAGE, SUBSCRIPTION_BUSY)
}

export function isSubscriptionBusy(e: unknown): boolean {
  const err = e as { type?: string; code?: string } | null
  return err?.type === MedusaError.Types.CONFLICT && err.code === SUBSCRIPTION_BUSY
}

/**
 * Runs `job` holding the subscription's lock. An error before `job` starts can only be the acquisition's, so
 * it is reported as SUBSCRIPTION_BUSY; errors of `job` itself pass through unchanged.
 */
export async function withSubscriptionLock<T>(
  container: MedusaContainer,
  subscriptionId: string,
  job: () => Promise<T>,
  options: { timeout: number } = { timeout: SUBSCRIPTION_LOCK_WAIT_SECONDS }
): Promise<T> {
  let entered = false
  try {
    return await container.resolve(Modules.LOCKING).execute(
      subscriptionLockKey(subscriptionId),
      () => {
        entered = true
        return job()
      },
      { timeout: options.timeout }
    )
  } catch (e) {
    if (!entered) throw subscriptionBusy()
    throw e
  }
}

export const acquireSubscriptionLockStepId = "acquire-subscription-lock"

export interface SubscriptionLockStepInput {
  subscription_id: string
}

/**
 * Takes the subscription's lock inside a workflow, retrying until SUBSCRIPTION_LOCK_WAIT_SECONDS have passed
 * (as Medusa's acquireLockStep does), then fails with SUBSCRIPTION_BUSY. Compensation releases it.
 */
export const acquireSubscriptionLockStep = createStep(
  acquireSubscriptionLockStepId,
  async (input: SubscriptionLockStepInput, { container }) => {
    const key = subscriptionLockKey(input.subscription_id)
    const locking = container.resolve(Modules.LOCKING)
    const giveUpAt = Date.now() + SUBSCRIPTION_LOCK_WAIT_SECONDS * 1000
    for (;;) {
      try {
        await locking.acquire(key, { expire: SUBSCRIPTION_LOCK_TTL_SECONDS })
        break
      } catch {
        if (Date.now() >= giveUpAt) throw subscriptionBusy()
      }
      await sleep(RETRY_INTERVAL_MS)
    }
    return new StepResponse(undefined, input.subscription_id)
  },
  async (subscriptionId: string | undefined, { container }) => {
    if (subscriptionId) await container.resolve(Modules.LOCKING).release(subscriptionLockKey(subscriptionId))
  }
)

export const releaseSubscriptionLockStepId = "release-subscription-lock"

/** Lets the next renewal or change of the subscription in. */
export const releaseSubscriptionLockStep = createStep(
  releaseSubscriptionLockStepId,
  async (input: SubscriptionLockStepInput, { container }) => {
    await container.resolve(Modules.LOCKING).release(subscriptionLockKey(input.subscription_id))
    return new StepResponse(undefined)
  }
)
