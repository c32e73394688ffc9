/**
 * The code of a CONFLICT whose message tells the reader what to do. Medusa's error handler answers every
 * CONFLICT with a generic "retry with an idempotency key"; the shop's handler answers this one as it is.
 */
export const CONFLICT_WITH_REASON = "conflict_with_reason"
