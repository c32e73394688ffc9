import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { existsSync, writeFileSync } from "node:fs"
import { setTimeout as sleep } from "node:timers/promises"
import { renewDueSubscriptions } from "../renewals/renew-due-subscriptions"

/**
 * RENEWAL_START_FILE lets several workers start their runs at the same instant (the scale-out test): each,
 * once booted, writes `<file>.ready.<pid>` and waits for the file itself to appear.
 */
async function startTogether() {
  const file = process.env.RENEWAL_START_FILE
  if (!file) return
  writeFileSync(`${file}.ready.${process.pid}`, "")
  while (!existsSync(file)) await sleep(50)
}

/** How long a run waits for subscriptions another process holds (a killed worker's locks expire after 60 s). */
const WAIT_FOR_HELD_MS = Number(process.env.RENEWAL_WAIT_FOR_HELD_MS ?? 0)

/**
 * `npx medusa exec ./src/scripts/renew-due-subscriptions.ts`: runs the worker's renewal job now, in this
 * process, with the shop's configuration (Redis locking when REDIS_URL is set, so it is safe beside running
 * workers). With RENEWAL_WAIT_FOR_HELD_MS it runs again until nothing due is left that another process held,
 * e.g. after a worker died holding subscription locks. Prints the run's summary as JSON.
 */
export default async function renewDueSubscriptionsNow({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  await startTogether()
  const until = Date.now() + WAIT_FOR_HELD_MS
  for (let run = 1; ; run++) {
    const summary = await renewDueSubscriptions(container)
    process.stdout.write(`renewal-run ${JSON.stringify({ run, ...summary })}\n`)
    if (!summary.skipped || Date.now() > until) break
    logger.info(`${summary.skipped} subscriptions were held elsewhere; running again in 5 s`)
    await sleep(5000)
  }
}
