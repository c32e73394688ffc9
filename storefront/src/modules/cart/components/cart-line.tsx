import Link from "next/link"
import { removeLineAction, updateQuantityAction } from "@/lib/actions/cart"
import type { CartLine as CartLineData } from "@/lib/cart"
import { formatMoney } from "@/lib/catalog"
import { ActionForm } from "@/modules/common/components/action-form"
import { SubmitButton } from "@/modules/common/components/submit-button"

/** "Every 60 days · Subscribe & save 15%" and what the line saves on each delivery. */
export function SubscriptionTerms({ line }: { line: CartLineData }) {
  if (!line.subscription) return <p className="cart-line__terms">One-time purchase</p>
  const { intervalDays, discountPercent, savingPerDelivery } = line.subscription
  return (
    <div className="cart-line__terms cart-line__terms--subscription">
      <p>
        <strong>Every {intervalDays} days</strong>
        {discountPercent !== null && <> · Subscribe &amp; save {discountPercent}%</>}
      </p>
      {savingPerDelivery && <p className="cart-line__saving">You save {formatMoney(savingPerDelivery)} on every delivery</p>}
    </div>
  )
}

/** The unit price, with the regular price struck through for a subscription. */
export function LinePrice({ line }: { line: CartLineData }) {
  return (
    <p className="cart-line__price">
      {line.compareAtUnitPrice && (
        <del>
          <span className="visually-hidden">Regular price </span>
          {formatMoney(line.compareAtUnitPrice)}
        </del>
      )}{" "}
      <span>{formatMoney(line.unitPrice)}</span>
      <span className="cart-line__each"> each</span>
    </p>
  )
}

/** One line of the cart: what it is, its terms, its price, and forms to change the quantity or remove it. */
export function CartLine({ line }: { line: CartLineData }) {
  const headingId = `cart-line-${line.id}`
  const quantityId = `quantity-${line.id}`
  return (
    <article className="cart-line" aria-labelledby={headingId} data-subscription={line.subscription ? "true" : undefined}>
      {line.thumbnail ? (
        <img className="cart-line__image" src={line.thumbnail} alt="" width={96} height={96} />
      ) : (
        <div className="cart-line__image" aria-hidden="true" />
      )}
      <div className="cart-line__body">
        <h3 id={headingId} className="cart-line__title">
          {line.productHandle ? <Link href={`/products/${line.productHandle}`}>{line.productTitle}</Link> : line.productTitle}
        </h3>
        {line.variantTitle && <p className="cart-line__variant">{line.variantTitle}</p>}
        <SubscriptionTerms line={line} />
        <LinePrice line={line} />
      </div>
      <div className="cart-line__controls">
        <ActionForm action={updateQuantityAction.bind(null, line.id)} className="cart-line__quantity">
          <label htmlFor={quantityId}>
            Quantity<span className="visually-hidden"> of {line.productTitle}</span>
          </label>
          <input id={quantityId} name="quantity" type="number" min={1} max={10} defaultValue={line.quantity} inputMode="numeric" />
          <SubmitButton className="button button--small button--secondary">
            Update<span className="visually-hidden"> quantity of {line.productTitle}</span>
          </SubmitButton>
        </ActionForm>
        <ActionForm action={removeLineAction.bind(null, line.id)} className="cart-line__remove">
          <SubmitButton className="button button--link">
            Remove<span className="visually-hidden"> {line.productTitle}</span>
          </SubmitButton>
        </ActionForm>
        <p className="cart-line__total">
          <span className="visually-hidden">Line total: </span>
          {formatMoney(line.total)}
        </p>
      </div>
    </article>
  )
}
