import { notifyMeAction } from "@/lib/actions/engagement"
import type { CatalogVariant } from "@/lib/catalog"
import { ActionForm } from "@/modules/common/components/action-form"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { NotifyMeEmail } from "./notify-me-email"

/**
 * "Notify me" for sold-out sizes: one form for all of them, so the page has a single such button. A
 * logged-in customer finds their email filled in (by the browser: the page is cached for everyone).
 */
export function NotifyMeForm({ soldOut }: { soldOut: CatalogVariant[] }) {
  const [only] = soldOut
  if (!only) return null
  return (
    <section className="notify-me" aria-labelledby="notify-me-heading">
      <h2 id="notify-me-heading" className="notify-me__heading">
        {soldOut.length === 1 ? `${only.title}: back soon` : "Some sizes are sold out"}
      </h2>
      <ActionForm action={notifyMeAction} className="notify-me__form">
        <p className="notify-me__intro">Leave your email and we&apos;ll write once, when it&apos;s back in stock.</p>
        {soldOut.length === 1 ? (
          <input type="hidden" name="variant_id" value={only.id} />
        ) : (
          <div className="field">
            <label htmlFor="notify-variant">Size</label>
            <select id="notify-variant" name="variant_id" defaultValue={only.id}>
              {soldOut.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.title}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="notify-email">Email address</label>
          <NotifyMeEmail />
        </div>
        <SubmitButton className="button button--secondary">Notify me</SubmitButton>
      </ActionForm>
    </section>
  )
}
