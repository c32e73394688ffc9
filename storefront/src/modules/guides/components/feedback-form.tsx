import { guideFeedbackAction } from "@/lib/actions/engagement"
import { ActionForm } from "@/modules/common/components/action-form"
import { SubmitButton } from "@/modules/common/components/submit-button"
import styles from "./feedback-form.module.css"

/** "Was this helpful?": Yes or No, with an optional comment, stored by the backend. */
export function FeedbackForm({ slug }: { slug: string }) {
  return (
    <section className={styles.feedback} aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">Was this helpful?</h2>
      <ActionForm action={guideFeedbackAction.bind(null, slug)}>
        <div className="field">
          <label htmlFor="feedback-comment">Tell us more (optional)</label>
          <textarea id="feedback-comment" name="comment" rows={3} maxLength={1000} />
        </div>
        <div className={styles.buttons}>
          <SubmitButton className="button button--secondary" name="helpful" value="yes">
            Yes
          </SubmitButton>
          <SubmitButton className="button button--secondary" name="helpful" value="no">
            No
          </SubmitButton>
        </div>
      </ActionForm>
    </section>
  )
}
