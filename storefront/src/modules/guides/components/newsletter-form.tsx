import { newsletterAction } from "@/lib/actions/engagement"
import { ActionForm } from "@/modules/common/components/action-form"
import { SubmitButton } from "@/modules/common/components/submit-button"
import styles from "./newsletter-form.module.css"

/** Newsletter sign-up; `source` tells the team where readers sign up (e.g. "guide:what-is-the-gut-skin-axis"). */
export function NewsletterForm({ source }: { source: string }) {
  return (
    <section className={styles.newsletter} aria-labelledby="newsletter-heading">
      <h2 id="newsletter-heading">New guides in your inbox</h2>
      <p>One short letter a month about the gut, the skin and the research behind them. Unsubscribe any time.</p>
      <ActionForm action={newsletterAction}>
        <input type="hidden" name="source" value={source} />
        <div className="field field--inline">
          <label htmlFor="newsletter-email">Email address</label>
          <input id="newsletter-email" name="email" type="email" autoComplete="email" required />
          <SubmitButton>Sign up</SubmitButton>
        </div>
      </ActionForm>
    </section>
  )
}
