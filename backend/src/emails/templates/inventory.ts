import { formatDeliveryDate } from "@biome/shared"
import type { EmailDocument } from "../document"
import { SHOP_NAME } from "../document"

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
export function lowStockAlert(variant: VariantLabel, figures: LowStockFigures, forecastUrl: string): EmailDocument {
  const runOut = figures.run_out_date ? ` and runs out around ${formatDeliveryDate(new Date(figures.run_out_date))}` : ""
  return {
    subject: `Low stock: ${name(variant)} has ${figures.days_of_cover} days of cover`,
    preview: `${figures.available} units left against ${figures.daily_demand} a day of subscription demand.`,
    heading: `${name(variant)} is running low`,
    blocks: [
      {
        type: "paragraph",
        text:
          `${name(variant)}${variant.sku ? ` [${variant.sku}]` : ""} is under its low-stock threshold of ${figures.threshold_days} days. ` +
          `${figures.available} units are available against subscription demand of ${figures.daily_demand} a day, ` +
          `which lasts ${figures.days_of_cover} days${runOut}.`,
      },
      { type: "action", label: "Open the subscription forecast", url: forecastUrl },
    ],
    footer: [
      { type: "paragraph", text: `Sent to the ${SHOP_NAME} inventory team once each time a variant crosses its threshold.` },
      { type: "paragraph", text: "Change the threshold on the variant's page in Medusa Admin." },
    ],
  }
}

/** The shopper's "it's back" email, sent once per request. */
export function backInStock(variant: VariantLabel, productUrl: string | null): EmailDocument {
  return {
    subject: `${variant.product_title} is back in stock`,
    preview: `${name(variant)} is available again.`,
    heading: `${variant.product_title} is back`,
    blocks: [
      { type: "paragraph", text: `Good news: ${name(variant)}, which you asked us to watch, is back in stock.` },
      productUrl
        ? { type: "action", label: "Order it while it lasts", url: productUrl }
        : { type: "paragraph", text: "Order it while it lasts: visit our shop." },
    ],
    footer: [
      {
        type: "paragraph",
        text: "You asked us to write once when this size returned. This is that email; we will not write about it again.",
      },
    ],
  }
}

/** A guest's "notify me" waits for this link: only the address's owner can ask us to write to it. */
export function backInStockConfirmation(variant: VariantLabel, confirmUrl: string, linkDays: number): EmailDocument {
  return {
    subject: `Confirm your back-in-stock alert for ${variant.product_title}`,
    preview: `One click, and we write once when ${name(variant)} is back.`,
    heading: "Please confirm your alert",
    blocks: [
      {
        type: "paragraph",
        text: `Someone, hopefully you, asked us to email this address when ${name(variant)} is back in stock. Confirm it, and we will write once when it returns.`,
      },
      { type: "action", label: "Confirm my alert", url: confirmUrl },
      { type: "paragraph", text: `The link works for ${linkDays} days.` },
    ],
    footer: [{ type: "paragraph", text: "Didn't ask? Then there is nothing to do: without your confirmation we will not write about it." }],
  }
}
