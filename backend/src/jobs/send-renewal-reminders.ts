import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readEnv } from "../config/env"
import { sendRenewalReminders } from "../renewals/send-renewal-reminders"

/** Hourly in the worker: remind subscribers of an upcoming charge, once per delivery. */
export default async function sendRenewalRemindersJob(container: MedusaContainer) {
  if (readEnv().SCHEDULED_JOBS === "off") return
  const sent = await sendRenewalReminders(container)
  if (sent) container.resolve(ContainerRegistrationKeys.LOGGER).info(`Sent ${sent} subscription renewal reminders`)
}

export const config = {
  name: "send-subscription-renewal-reminders",
  schedule: "17 * * * *",
}
