import Link from "next/link"
import { nextDateBounds, utcDateKey } from "@biome/shared"
import {
  cancelAction,
  changeDateAction,
  changeFrequencyAction,
  changeQuantityAction,
  pauseAction,
  resumeAction,
  sendNowAction,
  skipDeliveryAction,
  swapVariantAction,
} from "@/lib/actions/subscriptions"
import { formatDate, formatMoney, type CatalogProduct } from "@/lib/catalog"
import {
  CANCEL_REASON_LABELS,
  CANCEL_REASONS,
  MAX_SUBSCRIPTION_QUANTITY,
  STATUS_LABELS,
  subscriptionName,
  type Subscription,
} from "@/lib/subscriptions"
import { ActionForm } from "@/modules/common/components/action-form"
import { SubmitButton } from "@/modules/common/components/submit-button"

/**
 * One subscription in the portal: what arrives next, when and for how much, and every change the backend
 * allows in its current state (its allowed_actions), each a small form that works without JavaScript.
 */
export function SubscriptionCard({
  subscription: sub,
  product,
  now,
  headingLevel = 2,
}: {
  subscription: Sub
  /** The product as the catalog sells it today: its sizes and delivery intervals. */
  product: CatalogProduct | null
  now: Date
  headingLevel?: 2 | 3
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3"
  const titleId = `subscription-${sub.id}-title`
  const can = (action: Sub["allowedActions"][number]) => sub.allowedActions.includes(action)
  const id = (name: string) => `subscription-${sub.id}-${name}`

  return (
    <article className="subscription panel" aria-labelledby={titleId} data-status={sub.status}>
      <header className="subscription__header">
        {sub.product?.thumbnail && <img src={sub.product.thumbnail} alt="" width={72} height={72} className="subscription__image" />}
        <div>
          <Heading id={titleId} className="subscription__title">
            {subscriptionName(sub)}
          </Heading>
          {/* A live region: after pausing, resuming or cancelling, the new status is announced. */}
          <p className="subscription__summary" role="status">
            {sub.quantity} × every {sub.intervalDays} days · {sub.discountPercent}% off{" "}
            <span className={`status status--${sub.status}`}>{STATUS_LABELS[sub.status]}</span>
          </p>
        </div>
      </header>

      <SubscriptionFacts sub={sub} />

      {sub.status !== "cancelled" && (
        <div className="subscription__actions">
          {can("skip") && (
            <ActionForm action={skipDeliveryAction.bind(null, sub.id)} className="subscription__action">
              <SubmitButton className="button button--secondary">Skip next delivery</SubmitButton>
            </ActionForm>
          )}
          {can("skip") && sub.nextDeliveryAt && (
            <ActionForm action={sendNowAction.bind(null, sub.id, sub.nextDeliveryAt)} className="subscription__action">
              <SubmitButton className="button button--secondary">Send my next delivery now</SubmitButton>
            </ActionForm>
          )}
          {can("resume") && (
            <ActionForm action={resumeAction.bind(null, sub.id)} className="subscription__action">
              <SubmitButton>Resume</SubmitButton>
            </ActionForm>
          )}
          {can("pause") && (
            <ActionForm action={pauseAction.bind(null, sub.id)} className="subscription__action">
              <div className="field">
                <label htmlFor={id("pause-until")}>Pause until (optional)</label>
                <input id={id("pause-until")} name="until" type="date" min={utcDateKey(new Date(now.getTime() + 86_400_000))} />
                <p className="field__hint">Leave empty to pause until you resume.</p>
              </div>
              <SubmitButton className="button button--secondary">Pause</SubmitButton>
            </ActionForm>
          )}
        </div>
      )}

      {can("change") && (
        <details className="subscription__changes" open>
          <summary>Change this subscription</summary>
          <div className="subscription__change-forms">
            <ActionForm action={changeFrequencyAction.bind(null, sub.id)} className="subscription__action">
              <div className="field">
                <label htmlFor={id("interval")}>Deliver every</label>
                <select id={id("interval")} name="interval_days" defaultValue={sub.intervalDays}>
                  {intervalOptions(sub, product).map((days) => (
                    <option key={days} value={days}>
                      {days} days
                    </option>
                  ))}
                </select>
              </div>
              <SubmitButton className="button button--secondary">Change frequency</SubmitButton>
            </ActionForm>

            <ActionForm action={changeQuantityAction.bind(null, sub.id)} className="subscription__action">
              <div className="field">
                <label htmlFor={id("quantity")}>Quantity per delivery</label>
                <input
                  id={id("quantity")}
                  name="quantity"
                  type="number"
                  min={1}
                  max={MAX_SUBSCRIPTION_QUANTITY}
                  defaultValue={sub.quantity}
                  inputMode="numeric"
                />
              </div>
              <SubmitButton className="button button--secondary">Change quantity</SubmitButton>
            </ActionForm>

            {product && product.variants.length > 1 && (
              <ActionForm action={swapVariantAction.bind(null, sub.id)} className="subscription__action">
                <div className="field">
                  <label htmlFor={id("variant")}>Size</label>
                  <select id={id("variant")} name="variant_id" defaultValue={sub.variant?.id}>
                    {product.variants.map((v) => (
                      <option key={v.id} value={v.id} disabled={v.stock === "out_of_stock" && v.id !== sub.variant?.id}>
                        {v.title}
                        {v.price ? `, ${formatMoney(v.price)} before discount` : ""}
                        {v.stock === "out_of_stock" ? " (out of stock)" : ""}
                      </option>
                    ))}
                  </select>
                </div>
                <SubmitButton className="button button--secondary">Swap size</SubmitButton>
              </ActionForm>
            )}

            {sub.status !== "paused" && <DateForm sub={sub} now={now} inputId={id("next-date")} />}
          </div>
        </details>
      )}

      {can("cancel") && (
        <ActionForm action={cancelAction.bind(null, sub.id)} className="subscription__cancel">
          <h3 className="subscription__cancel-heading">Cancel</h3>
          <div className="field">
            <label htmlFor={id("cancel-reason")}>Why are you cancelling?</label>
            <select id={id("cancel-reason")} name="reason" required defaultValue="">
              <option value="" disabled>
                Choose a reason
              </option>
              {CANCEL_REASONS.map((reason) => (
                <option key={reason} value={reason}>
                  {CANCEL_REASON_LABELS[reason]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={id("cancel-comment")}>Anything else you&apos;d like to tell us? (optional)</label>
            <textarea id={id("cancel-comment")} name="comment" rows={2} maxLength={500} />
          </div>
          <SubmitButton className="button button--danger">Cancel subscription</SubmitButton>
        </ActionForm>
      )}

      {sub.orders.length > 0 && (
        <div className="subscription__orders">
          <h3>Deliveries so far</h3>
          <ul role="list">
            {sub.orders.map((order) => (
              <li key={order.id}>
                <Link href={`/account/orders/${order.id}`}>
                  Order {order.displayId !== null ? `#${order.displayId}` : order.id}
                </Link>{" "}
                · {formatDate(order.createdAt)} · {formatMoney(order.total)}
              </li>
            ))}
          </ul>
        </div>
      )}

      {sub.product && (
        <p className="subscription__product-link">
          <Link href={`/products/${sub.product.handle}`}>
            About {sub.product.title}
          </Link>
        </p>
      )}
    </article>
  )
}

type Sub = Subscription

function SubscriptionFacts({ sub }: { sub: Sub }) {
  return (
    <dl className="subscription__facts">
      <div>
        <dt>Next delivery</dt>
        <dd>
          {sub.status === "cancelled"
            ? "None: cancelled"
            : sub.status === "paused"
              ? sub.pausedUntil
                ? `Paused until ${formatDate(sub.pausedUntil)}`
                : "Paused until you resume"
              : sub.nextDeliveryAt
                ? <time dateTime={sub.nextDeliveryAt}>{formatDate(sub.nextDeliveryAt)}</time>
                : "Not scheduled"}
        </dd>
      </div>
      <div>
        <dt>Next price</dt>
        <dd>
          {sub.nextPrice ? (
            <>
              {formatMoney(sub.nextPrice.total)}
              {sub.nextPrice.savingsPerDelivery.amount > 0 && (
                <span className="subscription__saving"> (you save {formatMoney(sub.nextPrice.savingsPerDelivery)})</span>
              )}
            </>
          ) : sub.status === "cancelled" ? (
            "None"
          ) : (
            "This product is no longer offered on subscription; please choose another size or product."
          )}
        </dd>
      </div>
      {sub.status === "past_due" && (
        <div className="subscription__problem">
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

function DateForm({ sub, now, inputId }: { sub: Sub; now: Date; inputId: string }) {
  const { earliest, latest } = nextDateBounds(now, sub.intervalDays)
  const current = sub.nextDeliveryAt ? utcDateKey(new Date(sub.nextDeliveryAt)) : undefined
  return (
    <ActionForm action={changeDateAction.bind(null, sub.id)} className="subscription__action">
      <div className="field">
        <label htmlFor={inputId}>Next delivery date</label>
        <input
          id={inputId}
          name="next_delivery_at"
          type="date"
          required
          min={utcDateKey(earliest)}
          max={utcDateKey(latest)}
          defaultValue={current}
        />
      </div>
      <SubmitButton className="button button--secondary">Change date</SubmitButton>
    </ActionForm>
  )
}

// The product's intervals today, plus the subscription's own even if the product no longer offers it.
function intervalOptions(sub: Sub, product: CatalogProduct | null): number[] {
  const offered = product?.subscription.interval_days ?? [30, 60, 90]
  return [...new Set([...offered, sub.intervalDays])].sort((a, b) => a - b)
}
