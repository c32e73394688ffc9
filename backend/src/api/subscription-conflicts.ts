import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { isSubscriptionBusy, SUBSCRIPTION_BUSY_MESSAGE } from "../workflows/subscriptions/subscription-lock"
import { SUBSCRIPTION_STATE_CONFLICT } from "../lib/subscriptions/subscription-rules"

type Failure = { type?: string; code?: string; message?: string }

/** The 409 a refused action deserves: the reason it was refused, or that someone else holds the subscription. */
function conflictMessage(error: Failure): string | null {
  if (error?.type === MedusaError.Types.CONFLICT && error.code === SUBSCRIPTION_STATE_CONFLICT) return error.message ?? null
  // The subscription's lock could not be taken in time (subscription-lock.ts types every such failure).
  if (isSubscriptionBusy(error)) return SUBSCRIPTION_BUSY_MESSAGE
  return null
}

/**
 * Medusa's error handler turns every CONFLICT into a generic "retry with an idempotency key" message; a
 * refused subscription action must instead tell the customer why (409 with checkTransition's reason).
 */
// biome-ignore lint/suspicious/noExplicitAny: wraps handlers of every body and query type
export function answeringStateConflicts<Req extends MedusaRequest<any, any>>(handler: (req: Req, res: MedusaResponse) => Promise<void>) {
  return async (req: Req, res: MedusaResponse) => {
    try {
      await handler(req, res)
    } catch (e) {
      const message = conflictMessage(e as Failure)
      if (message === null) throw e
      res.status(409).json({ type: MedusaError.Types.CONFLICT, code: "invalid_state_error", message })
    }
  }
}
