import type { Cart } from "@/lib/cart"
import { formatMoney, type Money } from "@/lib/catalog"
import styles from "./totals.module.css"

/** What the subscription lines save on each delivery together. */
export function totalSavings(cart: Cart): Money | null {
  const cents = cart.lines.reduce((sum, line) => sum + Math.round((line.subscription?.savingPerDelivery?.amount ?? 0) * 100), 0)
  return cents > 0 ? { amount: cents / 100, currencyCode: cart.currencyCode } : null
}

/**
 * Subtotal, shipping, taxes and total, then what subscriptions save (already in the prices). Shipping reads
 * "at checkout" until a method is chosen.
 */
export function CartTotals({ cart }: { cart: Cart }) {
  const savings = totalSavings(cart)
  return (
    <dl className={styles.totals}>
      <div>
        <dt>Subtotal</dt>
        <dd>{formatMoney(cart.itemSubtotal)}</dd>
      </div>
      <div>
        <dt>Shipping</dt>
        <dd>{cart.shippingMethod ? formatMoney(cart.shippingTotal) : "Calculated at checkout"}</dd>
      </div>
      {cart.taxTotal.amount > 0 && (
        <div>
          <dt>Taxes</dt>
          <dd>{formatMoney(cart.taxTotal)}</dd>
        </div>
      )}
      {cart.discountTotal.amount > 0 && (
        <div>
          <dt>Discounts</dt>
          <dd>−{formatMoney(cart.discountTotal)}</dd>
        </div>
      )}
      <div className={styles.total} data-testid="total">
        <dt>Total</dt>
        <dd>{formatMoney(cart.total)}</dd>
      </div>
      {savings && (
        <div className={styles.savings}>
          <dt>You save with Subscribe &amp; save</dt>
          <dd>{formatMoney(savings)}</dd>
        </div>
      )}
    </dl>
  )
}
