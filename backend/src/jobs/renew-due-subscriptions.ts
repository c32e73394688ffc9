import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readEnv } from "../config/env"
import { renewDueSubscriptions } from "../renewals/renew-due-subscriptions"

/** Every 15 minutes in the worker: renew what is due, retry what failed, end pauses whose date has come. */
export default async function renewDueSubscriptionsJob(container: MedusaContainer) {
  if (readEnv().SCHEDULED_JOBS === "off") return
  const summary = await renewDueSubscriptions(container)
  if (summary.due || summary.resumed_from_pause) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Subscription renewals: ${JSON.stringify(summary)}`)
  }
}

export const config = {
  name: "renew-due-subscriptions",
  schedule: "*/15 * * * *",
}
