import type { SubscriptionOffer, SupplementFacts } from "@biome/shared/commerce"

/**
 * The catalog as the storefront's pages see it: only what they render, already checked. The data layer
 * (src/lib/data) builds these from the backend's responses; components never see raw API shapes.
 */

/** An amount in the currency's main unit (29.99 USD), as Medusa v2 stores prices. */
export interface Money {
  amount: number
  currencyCode: string
}

export type StockState = "in_stock" | "low_stock" | "out_of_stock"

export interface CatalogVariant {
  id: string
  title: string
  sku: string | null
  price: Money | null
  stock: StockState
}

export interface CatalogCategory {
  handle: string
  name: string
}

/** A category page's own data: the catalog filters its products by id. */
export interface CatalogCategoryDetail extends CatalogCategory {
  id: string
  description: string | null
}

export interface CatalogProduct {
  id: string
  handle: string
  title: string
  subtitle: string | null
  description: string | null
  thumbnail: string | null
  images: string[]
  categories: CatalogCategory[]
  variants: CatalogVariant[]
  /** Null when the product carries no facts, or facts a half-finished edit left malformed. */
  facts: SupplementFacts | null
  subscription: SubscriptionOffer
}

/** The address of the whole shop, or of one category's page: where its paging links and canonical address point. */
export function catalogPath(category: { handle: string } | null): string {
  return category ? `/categories/${category.handle}` : "/store"
}

// Client components import this module (stock labels, dates), so its runtime imports come from
// @biome/shared/commerce only (see src/client-bundle.test.ts).

/** At or below this many units a variant reads "low stock", so customers know to order soon. */
export const LOW_STOCK_THRESHOLD = 10

/**
 * A variant's stock state. Variants whose inventory Medusa does not manage, or that may be backordered,
 * can always be ordered.
 */
export function stockStateOf(variant: { manageInventory: boolean; allowBackorder: boolean; inventoryQuantity: number | null }): StockState {
  if (!variant.manageInventory || variant.allowBackorder) return "in_stock"
  const quantity = variant.inventoryQuantity ?? 0
  if (quantity <= 0) return "out_of_stock"
  return quantity <= LOW_STOCK_THRESHOLD ? "low_stock" : "in_stock"
}

export const STOCK_LABELS: Record<StockState, string> = {
  in_stock: "In stock",
  low_stock: "Low stock",
  out_of_stock: "Out of stock",
}

/** 29.99 USD -> "$29.99". Always en-US so the server and the browser print the same text. */
export function formatMoney(money: Money): string {
  return new Intl.NumberFormat("en-US", { style: "currency", currency: money.currencyCode.toUpperCase() }).format(money.amount)
}

/** The lowest variant price, for "from $29.99" on product cards. */
export function lowestPrice(variants: CatalogVariant[]): Money | null {
  let lowest: Money | null = null
  for (const { price } of variants) {
    if (price && (!lowest || price.amount < lowest.amount)) lowest = price
  }
  return lowest
}

/** "March 3, 2026": dates in UTC, so the server and the browser print the same day (one definition, in @biome/shared). */
export { formatDeliveryDate as formatDate } from "@biome/shared/commerce"

/** The first size a customer can buy, for one-click buttons outside the product page. */
export function firstBuyableVariant(product: CatalogProduct): CatalogVariant | null {
  return product.variants.find((v) => v.stock !== "out_of_stock" && v.price) ?? null
}
