"use client"

import { useId } from "react"
import type { PurchaseMode } from "@/lib/purchase"
import styles from "./purchase-form.module.css"

export type { PurchaseMode }

export interface PurchaseChoiceProps {
  mode: PurchaseMode
  onModeChange: (mode: PurchaseMode) => void
  discountPercent: number
  intervalOptions: number[]
  intervalDays: number
  onIntervalChange: (days: number) => void
  /** Whether React has taken over the page; before that CSS alone shows what the controls describe. */
  hydrated: boolean
  /** The chosen size's prices (see PerSize): one-time, and subscribed per delivery. */
  priceLabel: React.ReactNode
  subscriptionPriceLabel: React.ReactNode
}

/**
 * One-time purchase or subscribe-and-save, with the discount and, for a subscription, how often to deliver.
 * Before JavaScript runs the frequency select is shown or hidden by CSS alone (see globals.css), so the
 * choice works in any browser; afterwards React hides it while one-time is chosen.
 */
export function PurchaseChoice({
  mode,
  onModeChange,
  discountPercent,
  intervalOptions,
  intervalDays,
  onIntervalChange,
  hydrated,
  priceLabel,
  subscriptionPriceLabel,
}: PurchaseChoiceProps) {
  const id = useId()
  const subscribing = mode === "subscription"

  return (
    <div className={styles.choice} data-mode={mode}>
      <p id={`${id}-label`} className={styles.choiceLabel}>
        How would you like to buy it?
      </p>
      <div role="radiogroup" aria-labelledby={`${id}-label`} className={styles.choiceOptions}>
        <div className={styles.option} data-selected={!subscribing || undefined}>
          <input
            id={`${id}-one-time`}
            type="radio"
            name="purchase"
            value="one_time"
            checked={!subscribing}
            onChange={() => onModeChange("one_time")}
            aria-describedby={`${id}-one-time-price`}
          />
          <label htmlFor={`${id}-one-time`} className={styles.optionName}>
            One-time purchase
          </label>
          <span id={`${id}-one-time-price`} className={styles.optionPrice}>
            {priceLabel}
          </span>
        </div>
        <div className={styles.option} data-selected={subscribing || undefined}>
          <input
            id={`${id}-subscribe`}
            type="radio"
            name="purchase"
            value="subscription"
            checked={subscribing}
            onChange={() => onModeChange("subscription")}
            aria-describedby={`${id}-subscribe-price`}
          />
          <label htmlFor={`${id}-subscribe`} className={styles.optionName}>
            Subscribe &amp; save
          </label>
          <span id={`${id}-subscribe-price`} className={styles.optionPrice}>
            {discountPercent > 0 && <span className={styles.badge}>Save {discountPercent}%</span>} {subscriptionPriceLabel} per delivery
          </span>
        </div>
      </div>

      <div className={styles.frequency} hidden={hydrated && !subscribing}>
        <label htmlFor={`${id}-interval`}>Deliver every</label>
        <select
          id={`${id}-interval`}
          name="interval_days"
          value={intervalDays}
          onChange={(event) => onIntervalChange(Number(event.target.value))}
        >
          {intervalOptions.map((days) => (
            <option key={days} value={days}>
              {days} days
            </option>
          ))}
        </select>
        <p className={styles.frequencyNote}>Skip, pause or cancel any time from your account.</p>
      </div>
    </div>
  )
}
