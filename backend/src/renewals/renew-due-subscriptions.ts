import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SUBSCRIPTION_MODULE } from "../modules/subscription"
import type SubscriptionModuleService from "../modules/subscription/service"
import { renewSubscription, type RenewalOutcome } from "./renew-subscription"
import { RENEWAL_JOB } from "../lib/subscriptions/activity"
import { resumeSubscriptionWorkflow } from "../workflows/subscriptions/resume-subscription"

export interface RenewalRunSummary {
  due: number
  renewed: number
  already_renewed: number
  failed: number
  skipped: number
  errors: number
  resumed_from_pause: number
  /** Why subscriptions were skipped (another process holds one, the shop was busy…), with how many. */
  skipped_reasons: Record<string, number>
}

/**
 * Renews every subscription that is due at `now`, however many there are: pages through them by id and
 * renews each page a few at a time. One subscription's error is logged and counted, never the end of the run.
 */
export async function renewDueSubscriptions(
  container: MedusaContainer,
  { now = new Date(), concurrency = 4, pageSize = 100 }: { now?: Date; concurrency?: number; pageSize?: number } = {}
): Promise<RenewalRunSummary> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service = container.resolve<SubscriptionModuleService>(SUBSCRIPTION_MODULE)
  const summary: RenewalRunSummary = {
    due: 0,
    renewed: 0,
    already_renewed: 0,
    failed: 0,
    skipped: 0,
    errors: 0,
    resumed_from_pause: 0,
    skipped_reasons: {},
  }

  for (const { id } of await service.listEndedPauses(now)) {
    try {
      await resumeSubscriptionWorkflow(container).run({ input: { subscription_id: id, actor: RENEWAL_JOB } })
      summary.resumed_from_pause += 1
    } catch (e) {
      summary.errors += 1
      logger.error(`Resuming subscription ${id} after its pause failed: ${(e as Error).message}`)
    }
  }

  let cursor: string | null = null
  for (;;) {
    const page = await service.listDueForRenewal(now, cursor, pageSize)
    if (!page.length) break
    summary.due += page.length
    // Renewals of one variant queue on its stock lock anyway: run variants side by side, each one in turn.
    await inBatches(groupByVariant(page), concurrency, async (subs) => {
      for (const sub of subs) {
        try {
          const result = await renewSubscription(container, { subscription_id: sub.id, trigger: "schedule", now })
          summary[result.outcome satisfies RenewalOutcome] += 1
          if (result.outcome === "skipped") {
            const reason = result.reason ?? "unknown"
            summary.skipped_reasons[reason] = (summary.skipped_reasons[reason] ?? 0) + 1
          }
        } catch (e) {
          summary.errors += 1
          logger.error(`Renewing subscription ${sub.id} failed: ${(e as Error).message}`)
        }
      }
    })
    cursor = page[page.length - 1]!.id
    if (page.length < pageSize) break
  }
  return summary
}

function groupByVariant<T extends { variant_id: string }>(subs: T[]): T[][] {
  const groups = new Map<string, T[]>()
  for (const sub of subs) groups.set(sub.variant_id, [...(groups.get(sub.variant_id) ?? []), sub])
  return [...groups.values()]
}

async function inBatches<T>(items: T[], size: number, fn: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) {
    await Promise.all(items.slice(i, i + size).map(fn))
  }
}
