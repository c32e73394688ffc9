import type { ActionState } from "./forms"

/**
 * The product page's buy box as one value: what the controls show, what the summary prices and what
 * "Add to cart" posts are all read from it, so they cannot disagree.
 */
export type PurchaseMode = "one_time" | "subscription"

export interface PurchaseSelection {
  variantId: string | null
  mode: PurchaseMode
  intervalDays: number
  quantity: number
}

/** What the last "Add to cart" added, so the form shows that choice again (also after a post without JavaScript). */
export interface AddedChoice {
  variantId: string
  mode: PurchaseMode
  intervalDays: number | null
  quantity: number
}

export interface AddToCartState extends ActionState {
  added?: AddedChoice
}

export interface SelectableVariant {
  id: string
  stock: "in_stock" | "low_stock" | "out_of_stock"
}

export interface PurchaseOffer {
  discountPercent: number
  intervalDays: number[]
}

export const MAX_QUANTITY = 10

/** The size a customer can buy first: the first one in stock; when all are sold out, the first (to be notified). */
export function defaultVariantId(variants: SelectableVariant[]): string | null {
  return (variants.find((v) => v.stock !== "out_of_stock") ?? variants[0])?.id ?? null
}

/**
 * Where the form starts: the choice just added when there is one and it is still on offer, else the first size
 * in stock, bought once, at the shortest interval. Whatever is not on offer falls back rather than being shown.
 */
export function initialSelection(
  variants: SelectableVariant[],
  offer: PurchaseOffer | null,
  added?: AddedChoice | null
): PurchaseSelection {
  const intervals = offer?.intervalDays ?? []
  const fallback: PurchaseSelection = {
    variantId: defaultVariantId(variants),
    mode: "one_time",
    intervalDays: intervals[0] ?? 30,
    quantity: 1,
  }
  if (!added || !variants.some((v) => v.id === added.variantId)) return fallback
  const subscribing = added.mode === "subscription" && added.intervalDays !== null && intervals.includes(added.intervalDays)
  return {
    variantId: added.variantId,
    mode: subscribing ? "subscription" : "one_time",
    intervalDays: subscribing ? added.intervalDays! : fallback.intervalDays,
    quantity: Number.isInteger(added.quantity) && added.quantity >= 1 && added.quantity <= MAX_QUANTITY ? added.quantity : 1,
  }
}
