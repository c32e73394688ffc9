"use client"

import Link from "next/link"
import { useActionState, useEffect, useState, useTransition, type FormEvent, type ReactNode } from "react"
import { addToCartAction } from "@/lib/actions/cart"
import { IDLE } from "@/lib/forms"
import { initialSelection, MAX_QUANTITY, type AddToCartState, type PurchaseOffer, type PurchaseSelection } from "@/lib/purchase"
import { FormMessage } from "@/modules/common/components/form-message"
import { FormPendingContext, SubmitButton } from "@/modules/common/components/submit-button"
import { AddToNextDelivery } from "./add-to-next-delivery"
import { NotifyMeForm } from "./notify-me-form"
import { PurchaseChoice } from "./purchase-choice"
import { VariantSelector, type VariantOption } from "./variant-selector"
import styles from "./purchase-form.module.css"

export interface PurchaseVariant extends VariantOption {
  subscriptionPriceLabel: string | null
  savingLabel: string | null
}

const QUANTITIES = Array.from({ length: MAX_QUANTITY }, (_, i) => i + 1)

/**
 * Before JavaScript runs, a label that depends on the size, purchase choice or interval is rendered once per
 * case, and globals.css ("Before JavaScript") shows the one the checked controls describe, by position. Past
 * this many cases the page renders only the chosen one.
 */
export const MAX_CSS_CASES = 8

/**
 * The product page's buy box: size, one-time or subscribe-and-save with its frequency, quantity, and
 * "Add to cart". Posts to a Server Action, so it also works before JavaScript has loaded.
 *
 * Every control is driven by one selection, and the summary is priced from it, so what the page shows is
 * what the button adds. With JavaScript the submit is dispatched by hand: React would otherwise reset the
 * form after the action, putting the controls back to "One-time purchase" under a subscription summary.
 * After a post without JavaScript the page comes back showing the choice just added.
 */
export function PurchaseForm({ variants, offer }: { variants: PurchaseVariant[]; offer: PurchaseOffer | null }) {
  const [state, formAction, actionPending] = useActionState<AddToCartState, FormData>(addToCartAction, IDLE)
  const [transitionPending, startTransition] = useTransition()
  const pending = actionPending || transitionPending
  const subscriptions = offer !== null && offer.intervalDays.length > 0
  const [initial] = useState(() => initialSelection(variants, subscriptions ? offer : null, state.added))
  const [selection, setSelection] = useState<PurchaseSelection>(initial)
  const [hydrated, setHydrated] = useState(false)
  useEffect(() => setHydrated(true), [])
  const update = (patch: Partial<PurchaseSelection>) => setSelection((current) => ({ ...current, ...patch }))
  const selected = variants.find((v) => v.id === selection.variantId) ?? null
  const soldOut = selected?.stock === "out_of_stock"

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (pending) return
    const data = new FormData(event.currentTarget)
    startTransition(() => formAction(data))
  }

  const perSize = (label: (v: PurchaseVariant) => ReactNode) => (
    <Cases hydrated={hydrated} attribute="data-size" chosen={variants.findIndex((v) => v.id === selection.variantId)}>
      {variants.map(label)}
    </Cases>
  )

  return (
    <div className={styles.box}>
      <form
        action={formAction}
        onSubmit={submit}
        // A reset (a script's, or the browser's) puts the controls back where they started; the selection follows.
        onReset={() => setSelection(initial)}
        // The browser must not restore other choices into the controls on back/forward navigation.
        autoComplete="off"
        className={styles.form}
        data-testid="purchase-form"
        data-hydrated={hydrated || undefined}
        aria-busy={pending || undefined}
      >
        <VariantSelector
          variants={variants}
          name="variant_id"
          selectedId={selection.variantId}
          onSelect={(variantId) => update({ variantId })}
          showSummary={false}
        />
        {subscriptions ? (
          <PurchaseChoice
            mode={selection.mode}
            onModeChange={(mode) => update({ mode })}
            discountPercent={offer.discountPercent}
            intervalOptions={offer.intervalDays}
            intervalDays={selection.intervalDays}
            onIntervalChange={(intervalDays) => update({ intervalDays })}
            hydrated={hydrated}
            priceLabel={perSize((v) => v.priceLabel ?? "Price unavailable")}
            subscriptionPriceLabel={perSize((v) => v.subscriptionPriceLabel ?? "Price unavailable")}
          />
        ) : (
          <input type="hidden" name="purchase" value="one_time" />
        )}
        <div className={styles.bar}>
          <p className={styles.summary} aria-live="polite" data-testid="purchase-summary">
            <Cases hydrated={hydrated} attribute="data-purchase" chosen={selection.mode === "subscription" ? 1 : 0}>
              <span className={styles.summaryPrice} data-testid="summary-price">
                {perSize((v) => v.priceLabel ?? "Price unavailable")}
              </span>
              {subscriptions ? (
                <>
                  {perSize((v) =>
                    v.priceLabel && v.priceLabel !== v.subscriptionPriceLabel ? (
                      <del className={styles.summaryRegular}>
                        <span className="visually-hidden">Regular price </span>
                        {v.priceLabel}
                      </del>
                    ) : null
                  )}{" "}
                  <span className={styles.summaryPrice} data-testid="summary-price">
                    {perSize((v) => v.subscriptionPriceLabel ?? "Price unavailable")}
                  </span>{" "}
                  <span>
                    every{" "}
                    <Cases hydrated={hydrated} attribute="data-interval" chosen={offer.intervalDays.indexOf(selection.intervalDays)}>
                      {offer.intervalDays}
                    </Cases>{" "}
                    days
                    {perSize((v) => (v.savingLabel ? ` · you save ${v.savingLabel} (${offer.discountPercent}%) on every delivery` : null))}
                  </span>
                </>
              ) : null}
            </Cases>
          </p>
          <div className={styles.actions}>
            <div className="field field--inline">
              <label htmlFor="purchase-quantity">Quantity</label>
              <select
                id="purchase-quantity"
                name="quantity"
                value={selection.quantity}
                onChange={(event) => update({ quantity: Number(event.target.value) })}
              >
                {QUANTITIES.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </div>
            <FormPendingContext value={pending}>
              <SubmitButton className="button button--large" disabled={!selected || soldOut}>
                Add to cart
              </SubmitButton>
            </FormPendingContext>
          </div>
        </div>
        <FormMessage state={state} />
        {state.status === "success" && (
          <p>
            <Link href="/cart">View your cart</Link>
          </p>
        )}
      </form>
      {/* For subscribers only, found by the browser: the page itself is the same for everyone. */}
      <AddToNextDelivery variant={selected} />
      {/* "Notify me" only for the chosen size, when it is sold out; before JavaScript, CSS picks it. */}
      {hydrated || variants.length > MAX_CSS_CASES
        ? soldOut && <NotifyMeForm key={selected.id} variant={selected} />
        : variants.map((v, i) => (v.stock === "out_of_stock" ? <NotifyMeForm key={v.id} variant={v} size={i + 1} /> : null))}
    </div>
  )
}

/**
 * One of several labels: once hydrated only the chosen one; before, each in a span marked with its position
 * (`data-size="2"`), which CSS hides unless the matching control is checked.
 */
function Cases({
  hydrated,
  attribute,
  chosen,
  children,
}: {
  hydrated: boolean
  attribute: "data-size" | "data-purchase" | "data-interval"
  chosen: number
  children: ReactNode[]
}) {
  if (hydrated || children.length > MAX_CSS_CASES) return <>{chosen >= 0 ? children[chosen] : null}</>
  return (
    <>
      {children.map((child, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the children are a fixed sequence, numbered by place
        <span key={i} {...{ [attribute]: i + 1 }}>
          {child}
        </span>
      ))}
    </>
  )
}
