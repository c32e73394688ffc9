import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { setTimeout as sleep } from "node:timers/promises"
import { notifySubscriber, type SubscriptionEmail } from "./notifications"

/** Emitted once a renewal outcome is committed; the subscription-emails subscriber sends the email. */
export const SUBSCRIPTION_EMAIL_EVENT = "subscription.email_due"

export interface SubscriptionEmailEvent {
  /** One email per renewal outcome, however often the event is delivered or the send retried. */
  idempotency_key: string
  recipient: { id: string; email: string; product_title: string }
  email: SubscriptionEmail
}

/**
 * Delays between attempts, so a mail server that is down for a moment does not lose the email: 1 s, 5 s and
 * 30 s by default; tests shorten the base delay with SUBSCRIPTION_EMAIL_RETRY_MS.
 */
export const emailRetryDelays = (base = Number(process.env.SUBSCRIPTION_EMAIL_RETRY_MS) || 1000) => [base, base * 5, base * 30]

/**
 * Sends one subscription email, retrying a failing provider or database. An email the notification module
 * already sent (the event delivered twice) is not sent again. Each attempt has its own idempotency key:
 * Medusa's module re-sends a failed key but cannot mark that second try as sent.
 */
export async function sendSubscriptionEmail(
  container: MedusaContainer,
  event: SubscriptionEmailEvent,
  delays: number[] = emailRetryDelays()
): Promise<void> {
  const keys = [event.idempotency_key, ...delays.map((_, i) => `${event.idempotency_key}#retry-${i + 1}`)]
  const notifications = container.resolve(Modules.NOTIFICATION)
  for (let attempt = 0; ; attempt++) {
    try {
      // Looked up on every attempt, inside the retry: a database that drops the connection for a moment must
      // not lose the email, and an attempt whose answer was lost may have sent it after all.
      const sent = await notifications.listNotifications({ idempotency_key: keys, status: "success" } as never, { take: 1 })
      if (sent.length) return
      await notifySubscriber(container, event.recipient, event.email, keys[attempt])
      return
    } catch (e) {
      if (attempt >= delays.length) throw e
      await sleep(delays[attempt]!)
    }
  }
}
