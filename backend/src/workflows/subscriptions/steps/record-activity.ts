import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUBSCRIPTION_MODULE } from "@/modules/subscription"
import type SubscriptionModuleService from "@/modules/subscription/service"
import type { NewSubscriptionActivity } from "@/modules/subscription/types"

export const recordActivityStepId = "record-subscription-activity"

export type RecordActivityStepInput = { entries: NewSubscriptionActivity[] }

/**
 * Adds entries to the subscription's activity timeline, in the workflow of the change they describe: a failing
 * write undoes the change, and a change undone later takes its entries with it (compensation deletes them by id).
 */
export const recordActivityStep = createStep(
  recordActivityStepId,
  async ({ entries }: RecordActivityStepInput, { container }) => {
    if (!entries.length) return new StepResponse([] as string[], [] as string[])
    const service = container.resolve<SubscriptionModuleService>(SUBSCRIPTION_MODULE)
    const now = new Date()
    const created = await service.createSubscriptionActivities(
      entries.map((e) => ({ ...e, occurred_at: e.occurred_at ? new Date(e.occurred_at) : now })) as never
    )
    const ids = (created as unknown as { id: string }[]).map((c) => c.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<SubscriptionModuleService>(SUBSCRIPTION_MODULE).deleteSubscriptionActivities(ids)
  }
)
