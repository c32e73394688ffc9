import Link from "next/link"
import { formatAddressLine, orderStatusLabel, type OrderDetail } from "@/lib/account"
import { formatDate, formatMoney } from "@/lib/catalog"
import totals from "@/modules/cart/components/totals.module.css"
import styles from "./order-details.module.css"

/** An order's items, totals, delivery address and shipping, as the confirmation and the account show it. */
export function OrderDetails({ order }: { order: OrderDetail }) {
  return (
    <div className="order-details">
      <p className="meta">
        Placed {formatDate(order.createdAt)} · {orderStatusLabel(order.status)}
        {order.email && <> · Confirmation sent to {order.email}</>}
      </p>
      <section aria-labelledby={`order-${order.id}-items`}>
        <h2 id={`order-${order.id}-items`}>Items</h2>
        <ul role="list" className={styles.lines}>
          {order.lines.map((line) => (
            <li key={line.id} className={styles.line}>
              {line.thumbnail && <img src={line.thumbnail} alt="" width={56} height={56} />}
              <div>
                <p>
                  {line.productHandle ? <Link href={`/products/${line.productHandle}`}>{line.title}</Link> : line.title}
                  {line.variantTitle && <span className="meta"> · {line.variantTitle}</span>}
                </p>
                <p className="meta">
                  {line.quantity} × {formatMoney(line.unitPrice)}
                  {line.subscriptionIntervalDays && <> · Subscription, every {line.subscriptionIntervalDays} days</>}
                </p>
              </div>
              <p className={styles.total}>{formatMoney(line.total)}</p>
            </li>
          ))}
        </ul>
      </section>
      <dl className={totals.totals}>
        <div>
          <dt>Subtotal</dt>
          <dd>{formatMoney(order.subtotal)}</dd>
        </div>
        <div>
          <dt>Shipping{order.shippingMethods.length > 0 && ` (${order.shippingMethods.join(", ")})`}</dt>
          <dd>{formatMoney(order.shippingTotal)}</dd>
        </div>
        {order.taxTotal.amount > 0 && (
          <div>
            <dt>Taxes</dt>
            <dd>{formatMoney(order.taxTotal)}</dd>
          </div>
        )}
        {order.discountTotal.amount > 0 && (
          <div>
            <dt>Discounts</dt>
            <dd>−{formatMoney(order.discountTotal)}</dd>
          </div>
        )}
        <div className={totals.total} data-testid="total">
          <dt>Total</dt>
          <dd>{formatMoney(order.total)}</dd>
        </div>
      </dl>
      {order.shippingAddress && (
        <section aria-labelledby={`order-${order.id}-address`}>
          <h2 id={`order-${order.id}-address`}>Delivery address</h2>
          <p>{formatAddressLine(order.shippingAddress)}</p>
        </section>
      )}
    </div>
  )
}
