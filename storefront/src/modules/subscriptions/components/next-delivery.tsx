import Link from "next/link"
import { removeFromNextDeliveryAction } from "@/lib/actions/subscriptions"
import { formatAddressLine } from "@/lib/account"
import { formatDate, formatMoney } from "@/lib/catalog"
import type { Subscription } from "@/lib/subscriptions"
import { ActionForm } from "@/modules/common/components/action-form"
import { SubmitButton } from "@/modules/common/components/submit-button"
import styles from "./subscription.module.css"

/** What arrives next, when, where and for how much. */
export function SubscriptionFacts({ sub }: { sub: Subscription }) {
  return (
    <dl className={styles.facts}>
      <div>
        <dt>Next delivery</dt>
        <dd>
          {sub.status === "cancelled" ? (
            "None: cancelled"
          ) : sub.status === "paused" ? (
            sub.pausedUntil ? (
              `Paused until ${formatDate(sub.pausedUntil)}`
            ) : (
              "Paused until you resume"
            )
          ) : sub.nextDeliveryAt ? (
            <time dateTime={sub.nextDeliveryAt}>{formatDate(sub.nextDeliveryAt)}</time>
          ) : (
            "Not scheduled"
          )}
        </dd>
      </div>
      {/* A cancelled subscription has no next delivery, so no next price either. */}
      {sub.status !== "cancelled" && (
        <div>
          <dt>Next price</dt>
          <dd>
            {sub.nextPrice ? (
              <>
                {formatMoney(sub.nextPrice.total)}
                {sub.nextPrice.savingsPerDelivery.amount > 0 && (
                  <span className={styles.saving}> (you save {formatMoney(sub.nextPrice.savingsPerDelivery)})</span>
                )}
                {sub.nextPrice.retentionDiscountPercent !== null && (
                  <span className={styles.saving}> including your one-time {sub.nextPrice.retentionDiscountPercent}% off</span>
                )}
              </>
            ) : (
              "This product is no longer offered on subscription; please choose another size or product."
            )}
          </dd>
        </div>
      )}
      {sub.status !== "cancelled" && (
        <div>
          <dt>Delivery address</dt>
          <dd>{sub.deliveryAddress ? formatAddressLine(sub.deliveryAddress) : "None yet: please add one below"}</dd>
        </div>
      )}
      {sub.status === "past_due" && (
        <div className={styles.problem}>
          <dt>Payment problem</dt>
          <dd>
            Your last payment didn&apos;t go through
            {sub.lastFailureReason ? `: ${sub.lastFailureReason.replace(/[.\s]+$/, "")}.` : "."}
            {sub.nextRetryAt && ` We'll try again on ${formatDate(sub.nextRetryAt)}.`}
          </dd>
        </div>
      )}
      {sub.status === "cancelled" && sub.cancelledAt && (
        <div>
          <dt>Cancelled</dt>
          <dd>{formatDate(sub.cancelledAt)}</dd>
        </div>
      )}
    </dl>
  )
}

/**
 * The one-time products the customer added to the next delivery ("add to my next delivery" on a product
 * page), each with a button to take it off again, and what the whole delivery then costs.
 */
export function NextDeliveryItems({ sub }: { sub: Subscription }) {
  if (sub.status === "cancelled" || sub.nextDeliveryItems.length === 0) return null
  const titleId = `subscription-${sub.id}-added-title`
  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId}>Added to your next delivery</h3>
      <ul role="list" className={styles.addedList}>
        {sub.nextDeliveryItems.map((item) => {
          const name = item.product
            ? `${item.product.title}${item.variantTitle ? `, ${item.variantTitle}` : ""}`
            : "A product no longer sold"
          return (
            <li key={item.variantId} className={styles.addedItem}>
              <span>
                {item.product ? <Link href={`/products/${item.product.handle}`}>{name}</Link> : name} · {item.quantity} ×{" "}
                {item.unitPrice ? formatMoney(item.unitPrice) : "no price"}
                {item.total && item.quantity > 1 ? ` = ${formatMoney(item.total)}` : ""}
              </span>
              <ActionForm action={removeFromNextDeliveryAction.bind(null, sub.id, item.variantId)} className={styles.addedRemove}>
                <SubmitButton className="button button--secondary button--small">
                  Remove<span className="visually-hidden"> {name}</span>
                </SubmitButton>
              </ActionForm>
            </li>
          )
        })}
      </ul>
      {sub.nextDeliveryTotal && (
        <p className="subscription__added-total">
          Next delivery total: <strong>{formatMoney(sub.nextDeliveryTotal)}</strong>
          {sub.nextPrice && <> (your subscription {formatMoney(sub.nextPrice.total)} and the products added)</>}
        </p>
      )}
    </section>
  )
}
