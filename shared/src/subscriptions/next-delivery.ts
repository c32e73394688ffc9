/**
 * "Add to my next delivery": one-time products that ride along with a subscription's next renewal, billed at
 * their regular price. The limits the backend enforces and the shape the store API answers with, for both sides.
 */
export const NEXT_DELIVERY_ITEMS = {
  /** Units of one product added to one delivery. */
  maxQuantity: 10,
  /** Different products added to one delivery. */
  maxProducts: 5,
} as const

/** One product added to the next delivery, as GET /store/customers/me/subscriptions/:id lists it. */
export interface NextDeliveryItem {
  variant_id: string
  quantity: number
  product: { id: string; title: string; handle: string; thumbnail: string | null } | null
  /** The size, e.g. "30 capsules". */
  variant_title: string | null
  /** The one-time price of one unit today; null when the product is no longer sold (the renewal then fails it). */
  unit_price: number | null
  /** unit_price × quantity, exact to the cent; null with unit_price. */
  total: number | null
}

/** Why a quantity cannot be added to a delivery, in words for the customer; null when it can. */
export function nextDeliveryQuantityProblem(quantity: number): string | null {
  if (Number.isInteger(quantity) && quantity >= 1 && quantity <= NEXT_DELIVERY_ITEMS.maxQuantity) return null
  return `You can add 1 to ${NEXT_DELIVERY_ITEMS.maxQuantity} of a product to a delivery`
}

/** Sums amounts in major units (29.99) exactly to the cent, as the renewal order totals them. */
export function sumToCents(amounts: number[]): number {
  return amounts.reduce((cents, amount) => cents + Math.round(amount * 100), 0) / 100
}
