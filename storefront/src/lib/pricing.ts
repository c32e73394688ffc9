import { lineSavings, subscriptionPrice } from "@biome/shared"
import type { Money } from "./catalog"
import { formatMoney } from "./catalog"

/** The subscribe-and-save price of a one-time price, rounded the way the backend charges it. */
export function subscriptionMoney(price: Money, discountPercent: number): Money {
  return { amount: subscriptionPrice(price.amount, discountPercent), currencyCode: price.currencyCode }
}

/** Price labels for a size, one-time and subscribed, formatted on the server for the purchase form. */
export function purchasePriceLabels(price: Money | null, discountPercent: number) {
  if (!price) return { priceLabel: null, subscriptionPriceLabel: null, savingLabel: null }
  const subscribed = subscriptionMoney(price, discountPercent)
  const saving = lineSavings(price.amount, discountPercent, 1)
  return {
    priceLabel: formatMoney(price),
    subscriptionPriceLabel: formatMoney(subscribed),
    savingLabel: saving > 0 ? formatMoney({ amount: saving, currencyCode: price.currencyCode }) : null,
  }
}
