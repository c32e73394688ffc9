import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { addDays, isReminderDue } from "@biome/shared"
import { storefrontUrl } from "../lib/storefront-url"
import { SUBSCRIPTION_MODULE } from "../modules/subscription"
import type SubscriptionModuleService from "../modules/subscription/service"
import { notifySubscriber } from "../lib/subscriptions/notifications"
import { quoteRenewal } from "./renewal-quote"

/**
 * Emails each active subscriber once per delivery, the policy's number of days before the charge, with the
 * amount it will be (quoteRenewal: items, shipping and tax, priced as the renewal prices them) and where to
 * change it. Returns how many reminders went out.
 */
export async function sendRenewalReminders(container: MedusaContainer, { now = new Date() }: { now?: Date } = {}) {
  const service = container.resolve<SubscriptionModuleService>(SUBSCRIPTION_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { reminder_days_before } = await service.getRenewalPolicy()
  if (reminder_days_before <= 0) return 0
  const manageUrl = storefrontUrl("/account/subscriptions")

  let sent = 0
  let cursor: string | null = null
  for (;;) {
    const page = await service.listSubscriptions(
      {
        status: "active",
        next_delivery_at: { $gt: now, $lte: addDays(now, reminder_days_before) },
        ...(cursor ? { id: { $gt: cursor } } : {}),
      },
      { take: 200, order: { id: "ASC" } }
    )
    for (const sub of page) {
      const nextDelivery = new Date(sub.next_delivery_at)
      const last = sub.last_reminder_for ? new Date(sub.last_reminder_for) : null
      if (!isReminderDue(nextDelivery, now, reminder_days_before, last)) continue
      try {
        // Priced as the renewal will be (items, shipping, tax), so the announced amount is what is charged.
        const quote = await quoteRenewal(container, sub)
        await notifySubscriber(
          container,
          { id: sub.id, email: sub.email, product_title: quote.product_title },
          {
            template: "subscription-renewal-reminder",
            next_delivery_at: nextDelivery,
            amount: new Intl.NumberFormat("en-US", { style: "currency", currency: sub.currency_code }).format(quote.total),
            manage_url: manageUrl,
          }
        )
        await service.updateSubscriptions({ id: sub.id, last_reminder_for: nextDelivery })
        sent += 1
      } catch (e) {
        logger.error(`Renewal reminder for subscription ${sub.id} failed: ${(e as Error).message}`)
      }
    }
    if (page.length < 200) break
    cursor = page[page.length - 1]!.id
  }
  return sent
}
