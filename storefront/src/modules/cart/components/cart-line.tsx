import Link from "next/link"
import { removeLineAction, updateQuantityAction } from "@/lib/actions/cart"
import type { CartLine as CartLineData } from "@/lib/cart"
import { formatMoney } from "@/lib/catalog"
import { ActionForm } from "@/modules/common/components/action-form"
import { SubmitButton } from "@/modules/common/components/submit-button"
import styles from "./cart-line.module.css"

/** "Every 60 days · Subscribe & save 15%" and what the line saves on each delivery. */
export function SubscriptionTerms({ line }: { line: CartLineData }) {
  if (!line.subscription) return <p className={styles.terms}>One-time purchase</p>
  const { intervalDays, discountPercent, savingPerDelivery } = line.subscription
  return (
    <div className={`${styles.terms} ${styles.termsSubscription}`}>
      <p>
        <strong>Every {intervalDays} days</strong>
        {discountPercent !== null && <> · Subscribe &amp; save {discountPercent}%</>}
      </p>
      {savingPerDelivery && <p className={styles.saving}>You save {formatMoney(savingPerDelivery)} on every delivery</p>}
    </div>
  )
}

/** The unit price, with the regular price struck through for a subscription. */
export function LinePrice({ line }: { line: CartLineData }) {
  return (
    <p className={styles.price}>
      {line.compareAtUnitPrice && (
        <del>
          <span className="visually-hidden">Regular price </span>
          {formatMoney(line.compareAtUnitPrice)}
        </del>
      )}{" "}
      <span>{formatMoney(line.unitPrice)}</span>
      <span className={styles.each}> each</span>
    </p>
  )
}

/** One line of the cart: what it is, its terms, its price, and forms to change the quantity or remove it. */
export function CartLine({ line }: { line: CartLineData }) {
  const headingId = `cart-line-${line.id}`
  const quantityId = `quantity-${line.id}`
  return (
    <article className={styles.line} aria-labelledby={headingId} data-subscription={line.subscription ? "true" : undefined}>
      {line.thumbnail ? (
        <img className={styles.image} src={line.thumbnail} alt="" width={96} height={96} />
      ) : (
        <div className={styles.image} aria-hidden="true" />
      )}
      <div className={styles.body}>
        <h3 id={headingId} className={styles.title}>
          {line.productHandle ? <Link href={`/products/${line.productHandle}`}>{line.productTitle}</Link> : line.productTitle}
        </h3>
        {line.variantTitle && <p className={styles.variant}>{line.variantTitle}</p>}
        <SubscriptionTerms line={line} />
        <LinePrice line={line} />
      </div>
      <div className={styles.controls}>
        <ActionForm action={updateQuantityAction.bind(null, line.id)} className={styles.quantity}>
          <label htmlFor={quantityId}>
            Quantity<span className="visually-hidden"> of {line.productTitle}</span>
          </label>
          <input id={quantityId} name="quantity" type="number" min={1} max={10} defaultValue={line.quantity} inputMode="numeric" />
          <SubmitButton className="button button--small button--secondary">
            Update<span className="visually-hidden"> quantity of {line.productTitle}</span>
          </SubmitButton>
        </ActionForm>
        <ActionForm action={removeLineAction.bind(null, line.id)}>
          <SubmitButton className="button button--link">
            Remove<span className="visually-hidden"> {line.productTitle}</span>
          </SubmitButton>
        </ActionForm>
        <p className={styles.total}>
          <span className="visually-hidden">Line total: </span>
          {formatMoney(line.total)}
        </p>
      </div>
    </article>
  )
}
