"use client"

import { useId, useState } from "react"
import type { StockState } from "@/lib/catalog"
import { defaultVariantId } from "@/lib/purchase"
import { StockBadge } from "./stock-badge"
import styles from "./variant-selector.module.css"

/** A variant as the selector shows it; prices arrive formatted so server and browser print the same text. */
export interface VariantOption {
  id: string
  title: string
  priceLabel: string | null
  stock: StockState
}

export { defaultVariantId }

/**
 * Lets a customer compare sizes: each option shows its price and stock state, and the chosen one is
 * summarised below. A sold-out size can be chosen (to ask to be notified) but not bought. Controlled by a purchase form
 * (`selectedId`, `onSelect`), or on its own.
 */
export function VariantSelector({
  variants,
  name,
  selectedId: controlledId,
  onSelect,
  showSummary = true,
}: {
  variants: VariantOption[]
  name?: string
  selectedId?: string | null
  onSelect?: (id: string) => void
  showSummary?: boolean
}) {
  const generatedName = useId()
  const [ownSelectedId, setOwnSelectedId] = useState<string | null>(() => defaultVariantId(variants))
  const selectedId = controlledId !== undefined ? controlledId : ownSelectedId
  const selected = variants.find((v) => v.id === selectedId) ?? null
  const allSoldOut = variants.every((v) => v.stock === "out_of_stock")
  const select = (id: string) => {
    setOwnSelectedId(id)
    onSelect?.(id)
  }

  if (variants.length === 0) {
    return <p>This product has no sizes on sale yet.</p>
  }

  return (
    <div className={styles.selector}>
      <fieldset>
        <legend>Size</legend>
        <div className={styles.options}>
          {variants.map((variant) => {
            return (
              <label
                key={variant.id}
                className={styles.option}
                data-selected={variant.id === selectedId || undefined}
                data-stock={variant.stock}
              >
                <input
                  type="radio"
                  name={name ?? generatedName}
                  value={variant.id}
                  checked={variant.id === selectedId}
                  onChange={() => select(variant.id)}
                />
                <span className={styles.title}>{variant.title}</span>
                <span className={styles.price}>{variant.priceLabel ?? "Price unavailable"}</span>
                <StockBadge stock={variant.stock} />
              </label>
            )
          })}
        </div>
      </fieldset>
      {showSummary && (
        <p className={styles.summary} aria-live="polite" data-testid="size-summary">
          {selected && !allSoldOut ? (
            <>
              <span className={styles.summaryPrice}>{selected.priceLabel ?? "Price unavailable"}</span> <span>for {selected.title}</span>
            </>
          ) : (
            "Every size is out of stock right now."
          )}
        </p>
      )}
      {!showSummary && allSoldOut && <p className={styles.summary}>Every size is out of stock right now.</p>}
    </div>
  )
}
