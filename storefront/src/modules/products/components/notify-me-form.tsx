"use client"

import { useId } from "react"
import { notifyMeAction } from "@/lib/actions/engagement"
import { ActionForm } from "@/modules/common/components/action-form"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { NotifyMeEmail } from "./notify-me-email"
import styles from "./notify-me-form.module.css"

/**
 * "Notify me" for the sold-out size the customer has chosen in the buy box (PurchaseForm shows it only for
 * that size). A logged-in customer finds their email filled in by the browser: the page is cached for everyone.
 */
export function NotifyMeForm({
  variant,
  size,
}: {
  variant: { id: string; title: string }
  /** The size's position among the sizes, for the CSS that shows it before JavaScript runs. */
  size?: number
}) {
  const id = useId()
  return (
    <section className={styles.notifyMe} aria-labelledby={`${id}-heading`} data-size={size}>
      <h2 id={`${id}-heading`} className={styles.heading}>
        {variant.title}: back soon
      </h2>
      <ActionForm action={notifyMeAction}>
        <p>Leave your email and we&apos;ll write once, when it&apos;s back in stock.</p>
        <input type="hidden" name="variant_id" value={variant.id} />
        <div className="field">
          <label htmlFor={`${id}-email`}>Email address</label>
          <NotifyMeEmail id={`${id}-email`} />
        </div>
        <SubmitButton className="button button--secondary">Notify me</SubmitButton>
      </ActionForm>
    </section>
  )
}
