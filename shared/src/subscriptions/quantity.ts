/** How many units one subscription may deliver each time: the same bounds at checkout and in the portal. */
export const SUBSCRIPTION_QUANTITY = { min: 1, max: 10 } as const

/** Why a quantity cannot be subscribed to, in words for the customer; null when it can. */
export function subscriptionQuantityProblem(quantity: number): string | null {
  if (Number.isInteger(quantity) && quantity >= SUBSCRIPTION_QUANTITY.min && quantity <= SUBSCRIPTION_QUANTITY.max) return null
  return `A subscription delivers ${SUBSCRIPTION_QUANTITY.min} to ${SUBSCRIPTION_QUANTITY.max} of an item each time; ${quantity} is not possible`
}
