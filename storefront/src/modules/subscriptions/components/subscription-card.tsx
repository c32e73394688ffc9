import Link from "next/link"
import { nextDateBounds, utcDateKey } from "@biome/shared"
import {
  acceptRetentionAction,
  cancelAction,
  changeAddressAction,
  changeDateAction,
  changeFrequencyAction,
  changeQuantityAction,
  pauseAction,
  restartAction,
  resumeAction,
  reviewCancelAction,
  sendNowAction,
  skipDeliveryAction,
  swapVariantAction,
  undoSkipAction,
} from "@/lib/actions/subscriptions"
import type { Address } from "@/lib/account"
import { formatDate, formatMoney, type CatalogProduct } from "@/lib/catalog"
import { MAX_SUBSCRIPTION_QUANTITY, STATUS_LABELS, subscriptionName, type Subscription } from "@/lib/subscriptions"
import { ActionForm } from "@/modules/common/components/action-form"
import { ActionMessagesOutlet, ActionMessagesProvider } from "@/modules/common/components/action-messages"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { CancelFlow } from "./cancel-flow"
import { DeliveryAddressForm } from "./delivery-address-form"
import { NextDeliveryItems, SubscriptionFacts } from "./next-delivery"
import { StatusBadge } from "@/modules/common/components/status-badge"
import styles from "./subscription.module.css"

/**
 * One subscription in the portal: what arrives next, when, where and for how much, and every change the
 * backend allows in its current state (its allowed_actions), each a small form that works without JavaScript.
 * The answer to the latest action shows in one place under the facts, replacing the one before.
 */
export function SubscriptionCard({
  subscription: sub,
  product,
  now,
  headingLevel = 2,
  addresses = [],
  countries = [],
}: {
  subscription: Sub
  /** The product as the catalog sells it today: its sizes and delivery intervals. */
  product: CatalogProduct | null
  now: Date
  headingLevel?: 2 | 3
  /** The customer's saved addresses, offered as delivery addresses. */
  addresses?: Address[]
  countries?: { code: string; name: string }[]
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3"
  const titleId = `subscription-${sub.id}-title`
  const can = (action: Sub["allowedActions"][number]) => sub.allowedActions.includes(action)
  const id = (name: string) => `subscription-${sub.id}-${name}`
  const minPauseDate = utcDateKey(new Date(now.getTime() + 86_400_000))
  const restartBounds = nextDateBounds(now, sub.intervalDays)

  return (
    <article className="subscription panel" aria-labelledby={titleId} data-status={sub.status}>
      <ActionMessagesProvider>
        <header className={styles.header}>
          {sub.product?.thumbnail && <img src={sub.product.thumbnail} alt="" width={72} height={72} className={styles.image} />}
          <div>
            <Heading id={titleId}>{subscriptionName(sub)}</Heading>
            {/* A live region: after pausing, resuming or cancelling, the new status is announced. */}
            <p role="status">
              {sub.quantity} × every {sub.intervalDays} days · {sub.discountPercent}% off{" "}
              <StatusBadge tone={sub.status}>{STATUS_LABELS[sub.status]}</StatusBadge>
            </p>
          </div>
        </header>

        <SubscriptionFacts sub={sub} />
        <NextDeliveryItems sub={sub} />
        <ActionMessagesOutlet className={styles.message} />

        {sub.status !== "cancelled" && (
          <div className={styles.actions}>
            {can("skip") && (
              <ActionForm action={skipDeliveryAction.bind(null, sub.id)} className={styles.action}>
                <SubmitButton className="button button--secondary">Skip next delivery</SubmitButton>
              </ActionForm>
            )}
            {sub.skippedDeliveryAt && (
              <ActionForm action={undoSkipAction.bind(null, sub.id)} className={styles.action}>
                <SubmitButton className="button button--secondary">Undo skip (deliver on {formatDate(sub.skippedDeliveryAt)})</SubmitButton>
              </ActionForm>
            )}
            {can("skip") && sub.nextDeliveryAt && (
              <ActionForm action={sendNowAction.bind(null, sub.id, sub.nextDeliveryAt)} className={styles.action}>
                <SubmitButton className="button button--secondary">Send my next delivery now</SubmitButton>
              </ActionForm>
            )}
            {can("resume") && (
              <ActionForm action={resumeAction.bind(null, sub.id)} className={styles.action}>
                <SubmitButton>Resume</SubmitButton>
              </ActionForm>
            )}
            {can("pause") && (
              <ActionForm action={pauseAction.bind(null, sub.id)} className={styles.action}>
                <div className="field">
                  <label htmlFor={id("pause-until")}>Pause until (optional)</label>
                  <div className={styles.pauseRow}>
                    <input id={id("pause-until")} name="until" type="date" min={minPauseDate} aria-describedby={id("pause-hint")} />
                    <SubmitButton className="button button--secondary">Pause</SubmitButton>
                  </div>
                  <p className="field__hint" id={id("pause-hint")}>
                    Leave empty to pause until you resume.
                  </p>
                </div>
              </ActionForm>
            )}
          </div>
        )}

        {can("restart") && (
          <ActionForm action={restartAction.bind(null, sub.id)} className={styles.restart}>
            <div className="field">
              <label htmlFor={id("restart-date")}>First delivery (optional)</label>
              <input
                id={id("restart-date")}
                name="next_delivery_at"
                type="date"
                min={utcDateKey(restartBounds.earliest)}
                max={utcDateKey(restartBounds.latest)}
                aria-describedby={id("restart-hint")}
              />
              <p className="field__hint" id={id("restart-hint")}>
                Leave empty for a delivery tomorrow.
              </p>
            </div>
            <SubmitButton>Restart subscription</SubmitButton>
          </ActionForm>
        )}

        {can("change") && (
          <details className={styles.changes} open>
            <summary>Change this subscription</summary>
            <div className={styles.changeForms}>
              <ActionForm action={changeFrequencyAction.bind(null, sub.id)} className={styles.action}>
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

              <ActionForm action={changeQuantityAction.bind(null, sub.id)} className={styles.action}>
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
                <ActionForm action={swapVariantAction.bind(null, sub.id)} className={styles.action}>
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
            <DeliveryAddressForm
              action={changeAddressAction.bind(null, sub.id)}
              idPrefix={id("address")}
              current={sub.deliveryAddress}
              saved={addresses}
              currencyCode={sub.currencyCode}
              countries={countries}
            />
          </details>
        )}

        {sub.orders.length > 0 && (
          <div>
            <h3>Deliveries so far</h3>
            <ul role="list">
              {sub.orders.map((order) => (
                <li key={order.id}>
                  <Link href={`/account/orders/${order.id}`}>Order {order.displayId !== null ? `#${order.displayId}` : order.id}</Link> ·{" "}
                  {formatDate(order.createdAt)} · {formatMoney(order.total)}
                </li>
              ))}
            </ul>
          </div>
        )}

        {sub.product && (
          <p>
            <Link href={`/products/${sub.product.handle}`}>About {sub.product.title}</Link>
          </p>
        )}

        {/* Last, apart from everyday changes, so nobody cancels by mistake. */}
        {can("cancel") && (
          <section className={styles.cancel} aria-labelledby={id("cancel-title")}>
            <h3 className={styles.cancelHeading} id={id("cancel-title")}>
              Cancel
            </h3>
            <CancelFlow
              idPrefix={id("cancel")}
              nextDeliveryAt={sub.status === "active" ? sub.nextDeliveryAt : null}
              minPauseDate={minPauseDate}
              actions={{
                review: reviewCancelAction.bind(null, sub.id),
                skip: skipDeliveryAction.bind(null, sub.id),
                pause: pauseAction.bind(null, sub.id),
                changeFrequency: changeFrequencyAction.bind(null, sub.id),
                acceptDiscount: acceptRetentionAction.bind(null, sub.id),
                cancel: cancelAction.bind(null, sub.id),
              }}
            />
          </section>
        )}
      </ActionMessagesProvider>
    </article>
  )
}

type Sub = Subscription

function DateForm({ sub, now, inputId }: { sub: Sub; now: Date; inputId: string }) {
  const { earliest, latest } = nextDateBounds(now, sub.intervalDays)
  const current = sub.nextDeliveryAt ? utcDateKey(new Date(sub.nextDeliveryAt)) : undefined
  return (
    <ActionForm action={changeDateAction.bind(null, sub.id)} className={styles.action}>
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
