"use client"

import Link from "next/link"
import { useActionState, useState } from "react"
import { addToCartAction } from "@/lib/actions/cart"
import { IDLE } from "@/lib/forms"
import { FormMessage } from "@/modules/common/components/form-message"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { PurchaseChoice, type PurchaseMode } from "./purchase-choice"
import { defaultVariantId, VariantSelector, type VariantOption } from "./variant-selector"

export interface PurchaseVariant extends VariantOption {
  subscriptionPriceLabel: string | null
  savingLabel: string | null
}

const QUANTITIES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]

/**
 * The product page's buy box: size, one-time or subscribe-and-save with its frequency, quantity, and
 * "Add to cart". Posts to a Server Action, so it also works before JavaScript has loaded.
 */
export function PurchaseForm({
  variants,
  offer,
}: {
  variants: PurchaseVariant[]
  offer: { discountPercent: number; intervalDays: number[] } | null
}) {
  const [state, formAction] = useActionState(addToCartAction, IDLE)
  const [variantId, setVariantId] = useState<string | null>(() => defaultVariantId(variants))
  const [mode, setMode] = useState<PurchaseMode>("one_time")
  const [intervalDays, setIntervalDays] = useState<number>(() => offer?.intervalDays[0] ?? 30)
  const selected = variants.find((v) => v.id === variantId) ?? null

  return (
    <form action={formAction} className="purchase-form">
      <VariantSelector variants={variants} name="variant_id" selectedId={variantId} onSelect={setVariantId} showSummary={false} />
      {offer && offer.intervalDays.length > 0 ? (
        <PurchaseChoice
          mode={mode}
          onModeChange={setMode}
          discountPercent={offer.discountPercent}
          intervalOptions={offer.intervalDays}
          intervalDays={intervalDays}
          onIntervalChange={setIntervalDays}
          priceLabel={selected?.priceLabel ?? null}
          subscriptionPriceLabel={selected?.subscriptionPriceLabel ?? null}
          savingLabel={selected?.savingLabel ?? null}
        />
      ) : (
        <>
          <input type="hidden" name="purchase" value="one_time" />
          <p className="purchase-summary">
            <span className="purchase-summary__price">{selected?.priceLabel ?? "Price unavailable"}</span>
          </p>
        </>
      )}
      <div className="purchase-form__actions">
        <div className="field field--inline">
          <label htmlFor="purchase-quantity">Quantity</label>
          <select id="purchase-quantity" name="quantity" defaultValue="1">
            {QUANTITIES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <SubmitButton className="button button--large" disabled={!selected}>
          Add to cart
        </SubmitButton>
      </div>
      <FormMessage state={state} />
      {state.status === "success" && (
        <p className="purchase-form__next">
          <Link href="/cart">View your cart</Link>
        </p>
      )}
    </form>
  )
}
