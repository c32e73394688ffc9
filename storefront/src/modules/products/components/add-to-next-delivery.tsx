"use client"

import Link from "next/link"
import { useEffect, useId, useState } from "react"
import { NEXT_DELIVERY_ITEMS } from "@biome/shared/commerce"
import { addToNextDeliveryAction } from "@/lib/actions/subscriptions"
import { fetchVisitor } from "@/lib/client/visitor"
import { formatDate } from "@/lib/catalog"
import type { UpcomingDelivery } from "@/lib/subscriptions"
import { ActionForm } from "@/modules/common/components/action-form"
import { SubmitButton } from "@/modules/common/components/submit-button"
import type { VariantOption } from "./variant-selector"
import styles from "./add-to-next-delivery.module.css"

const QUANTITIES = Array.from({ length: NEXT_DELIVERY_ITEMS.maxQuantity }, (_, i) => i + 1)

/**
 * "Add to my next delivery" for a subscriber: the chosen size, at its one-time price, billed and shipped with
 * one of their subscriptions' next renewal. The product page is cached for everyone, so whether the visitor
 * has subscriptions is asked by the browser (/api/visitor) after the page loads; nobody else sees the offer.
 */
export function AddToNextDelivery({ variant }: { variant: VariantOption | null }) {
  const [deliveries, setDeliveries] = useState<UpcomingDelivery[]>([])
  const id = useId()
  useEffect(() => {
    let current = true
    void fetchVisitor({ deliveries: true }).then((visitor) => {
      if (current) setDeliveries(visitor?.deliveries ?? [])
    })
    return () => {
      current = false
    }
  }, [])

  const first = deliveries[0]
  if (!first || !variant) return null
  const buyable = variant.stock !== "out_of_stock" && variant.priceLabel !== null

  return (
    <section className={`${styles.offer} panel`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className={styles.title}>
        Add to my next delivery
      </h2>
      <ActionForm action={addToNextDeliveryAction} className={styles.form}>
        <input type="hidden" name="variant_id" value={variant.id} />
        {deliveries.length > 1 ? (
          <div className="field">
            <label htmlFor={`${id}-delivery`}>Delivery</label>
            <select id={`${id}-delivery`} name="subscription_id" defaultValue={first.subscriptionId}>
              {deliveries.map((d) => (
                <option key={d.subscriptionId} value={d.subscriptionId}>
                  {d.name}, {formatDate(d.deliveryAt)}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <>
            <input type="hidden" name="subscription_id" value={first.subscriptionId} />
            <p>
              Your {first.name} arrives next on {formatDate(first.deliveryAt)}.
            </p>
          </>
        )}
        <p>
          {variant.title}
          {variant.priceLabel ? ` at the one-time price of ${variant.priceLabel}` : ""}, billed and shipped with that delivery.
        </p>
        <div className="field field--inline">
          <label htmlFor={`${id}-quantity`}>Quantity</label>
          <select id={`${id}-quantity`} name="quantity" defaultValue={1}>
            {QUANTITIES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <SubmitButton className="button button--secondary" disabled={!buyable}>
          Add to my next delivery
        </SubmitButton>
      </ActionForm>
      <p>
        <Link href="/account/subscriptions">Manage your subscriptions</Link>
      </p>
    </section>
  )
}
