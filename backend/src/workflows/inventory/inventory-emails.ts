import { formatDeliveryDate } from "@biome/shared"

/** The variant an inventory email is about, as admins and shoppers know it. */
export interface VariantLabel {
  variant_id: string
  product_title: string
  variant_title: string
  sku?: string | null
  product_handle?: string | null
}

export interface LowStockFigures {
  days_of_cover: number
  threshold_days: number
  available: number
  daily_demand: number
  run_out_date: string | null
}

const name = (v: VariantLabel) => `${v.product_title} (${v.variant_title})`

/** The admins' alert when a variant goes under its threshold of days of cover. */
export function renderLowStockAlert(variant: VariantLabel, figures: LowStockFigures): { subject: string; text: string } {
  const runOut = figures.run_out_date ? ` and runs out around ${formatDeliveryDate(new Date(figures.run_out_date))}` : ""
  return {
    subject: `Low stock: ${name(variant)} has ${figures.days_of_cover} days of cover`,
    text:
      `${name(variant)}${variant.sku ? ` [${variant.sku}]` : ""} is under its low-stock threshold of ${figures.threshold_days} days. ` +
      `${figures.available} units are available against subscription demand of ${figures.daily_demand} a day, ` +
      `which lasts ${figures.days_of_cover} days${runOut}. See Inventory → Subscription forecast in Medusa Admin.`,
  }
}

/** The shopper's "it's back" email, sent once per request. */
export function renderBackInStock(variant: VariantLabel, productUrl: string | null): { subject: string; text: string } {
  const link = productUrl ? ` ${productUrl}` : ""
  return {
    subject: `${variant.product_title} is back in stock`,
    text: `Good news: ${name(variant)}, which you asked us to watch, is back in stock. Order it while it lasts:${link || " visit our shop."}`,
  }
}
