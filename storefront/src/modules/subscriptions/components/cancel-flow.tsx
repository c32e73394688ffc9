"use client"

import { useActionState, useContext, useEffect, useState } from "react"
import { formatDate } from "@/lib/catalog"
import type { FormAction } from "@/lib/forms"
import { CANCEL_REASON_LABELS, CANCEL_REASONS, type CancelReason, type CancelReviewState } from "@/lib/subscriptions"
import { ActionForm } from "@/modules/common/components/action-form"
import { ActionMessagesContext } from "@/modules/common/components/action-messages"
import { FormMessage } from "@/modules/common/components/form-message"
import { SubmitButton } from "@/modules/common/components/submit-button"
import styles from "./subscription.module.css"

const INTRO: Record<CancelReason, string> = {
  too_expensive: "Before you go: these could make it easier on your budget.",
  not_needed: "Before you go: if you have capsules left, a break may suit you better.",
  switching_product: "Before you go: you could keep this one going for less while you try the other.",
  side_effects: "We're sorry it didn't agree with you. Please check with your doctor if anything persists.",
  other: "Before you go: one of these may suit you better.",
}

export interface CancelFlowActions {
  review: (state: CancelReviewState, formData: FormData) => Promise<CancelReviewState>
  skip: FormAction
  pause: FormAction
  changeFrequency: FormAction
  acceptDiscount: FormAction
  cancel: FormAction
}

/**
 * Cancelling in two steps: the reason first, then the alternatives that reason calls for (skip, pause, a
 * longer interval, the shop's one-time discount) beside the confirmation itself. Taking an alternative or
 * keeping the subscription closes the second step. Works without JavaScript: each step is a form post.
 */
export function CancelFlow({
  idPrefix,
  actions,
  nextDeliveryAt,
  minPauseDate,
}: {
  idPrefix: string
  actions: CancelFlowActions
  nextDeliveryAt: string | null
  minPauseDate: string
}) {
  const [state, reviewAction] = useActionState(actions.review, { status: "idle", message: "", review: null })
  const messages = useContext(ActionMessagesContext)
  const seq = messages?.latest.seq ?? 0
  // The message count when this review arrived: another form answering since then closes the review.
  const [openedAt, setOpenedAt] = useState<{ review: CancelReviewState["review"]; seq: number } | null>(null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new review (a new state) reopens the second step, not a later message
  useEffect(() => {
    if (state.review) setOpenedAt({ review: state.review, seq })
  }, [state])
  const review = state.review && (!openedAt || openedAt.review !== state.review || openedAt.seq === seq) ? state.review : null
  const id = (name: string) => `${idPrefix}-${name}`

  if (!review) {
    return (
      <form action={reviewAction}>
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
        {state.status === "error" && <FormMessage state={state} />}
      </form>
    )
  }

  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of choices and buttons, not form fields a fieldset would hold
    <div className={styles.cancelReview} role="group" aria-labelledby={id("cancel-review-title")}>
      <h4 id={id("cancel-review-title")}>{review.alternatives.length ? "Before you cancel" : "Confirm your cancellation"}</h4>
      <p>{INTRO[review.reason]}</p>
      {review.alternatives.length > 0 && (
        <ul role="list" className={styles.alternatives}>
          {review.alternatives.map((alt) => (
            <li key={alt}>
              {alt === "skip" && (
                <ActionForm action={actions.skip} className={styles.alternative}>
                  <p>
                    Skip the next delivery
                    {nextDeliveryAt ? ` (${formatDate(nextDeliveryAt)})` : ""} and keep the rest as it is.
                  </p>
                  <SubmitButton className="button button--secondary">Skip next delivery instead</SubmitButton>
                </ActionForm>
              )}
              {alt === "pause" && (
                <ActionForm action={actions.pause} className={styles.alternative}>
                  <div className="field">
                    <label htmlFor={id("cancel-pause-until")}>Pause until (optional)</label>
                    <input id={id("cancel-pause-until")} name="until" type="date" min={minPauseDate} />
                  </div>
                  <SubmitButton className="button button--secondary">Pause instead</SubmitButton>
                </ActionForm>
              )}
              {alt === "longer_interval" && review.longerIntervalDays && (
                <ActionForm action={actions.changeFrequency} className={styles.alternative}>
                  <input type="hidden" name="interval_days" value={review.longerIntervalDays} />
                  <p>Fewer deliveries, same savings on each.</p>
                  <SubmitButton className="button button--secondary">Deliver every {review.longerIntervalDays} days instead</SubmitButton>
                </ActionForm>
              )}
              {alt === "discount" && review.discountPercent && (
                <ActionForm action={actions.acceptDiscount} className={styles.alternative}>
                  <p>A one-time {review.discountPercent}% off your next delivery, on top of your subscription saving.</p>
                  <SubmitButton className="button button--secondary">Take {review.discountPercent}% off my next delivery</SubmitButton>
                </ActionForm>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className={styles.cancelConfirm}>
        <ActionForm action={actions.cancel}>
          <input type="hidden" name="reason" value={review.reason} />
          <input type="hidden" name="comment" value={review.comment} />
          <SubmitButton className="button button--danger">Yes, cancel my subscription</SubmitButton>
        </ActionForm>
        <form action={reviewAction}>
          <input type="hidden" name="intent" value="keep" />
          <SubmitButton className="button button--link">Keep my subscription</SubmitButton>
        </form>
      </div>
    </div>
  )
}
