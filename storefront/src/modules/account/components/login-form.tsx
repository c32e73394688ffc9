import Link from "next/link"
import { completeRegistrationAction, loginAction, requestRegistrationAction } from "@/lib/actions/account"
import { ActionForm } from "@/modules/common/components/action-form"
import { SubmitButton } from "@/modules/common/components/submit-button"
import authForms from "./auth-forms.module.css"

/** Log in; afterwards the customer goes back to `next` (a path on this site). */
export function LoginForm({ next, idPrefix = "login" }: { next: string; idPrefix?: string }) {
  return (
    <section className="auth-form panel" aria-labelledby={`${idPrefix}-heading`}>
      <h2 id={`${idPrefix}-heading`}>Log in</h2>
      <ActionForm action={loginAction}>
        <input type="hidden" name="next" value={next} />
        <div className="field">
          <label htmlFor={`${idPrefix}-email`}>Email</label>
          <input id={`${idPrefix}-email`} name="email" type="email" autoComplete="email" required />
        </div>
        <div className="field">
          <label htmlFor={`${idPrefix}-password`}>Password</label>
          <input id={`${idPrefix}-password`} name="password" type="password" autoComplete="current-password" required />
        </div>
        <SubmitButton>Log in</SubmitButton>
      </ActionForm>
    </section>
  )
}

/**
 * Create an account, step one: the email address. The backend emails a link to finish (name and password), so
 * only the inbox's owner can create the account; the answer is the same for every address.
 */
export function RegisterForm({ next, idPrefix = "register" }: { next: string; idPrefix?: string }) {
  return (
    <section className="auth-form panel" aria-labelledby={`${idPrefix}-heading`}>
      <h2 id={`${idPrefix}-heading`}>Create an account</h2>
      <p>Track orders, keep addresses, and manage subscriptions: skip, pause or cancel whenever you like.</p>
      <ActionForm action={requestRegistrationAction}>
        <input type="hidden" name="next" value={next} />
        <div className="field">
          <label htmlFor={`${idPrefix}-email`}>Email</label>
          <input
            id={`${idPrefix}-email`}
            name="email"
            type="email"
            autoComplete="email"
            required
            aria-describedby={`${idPrefix}-email-hint`}
          />
          <p id={`${idPrefix}-email-hint`} className="field__hint">
            We&apos;ll email you a link to choose your name and password.
          </p>
        </div>
        <SubmitButton>Create account</SubmitButton>
      </ActionForm>
    </section>
  )
}

/** Create an account, step two, opened from the emailed link: the address is the link's, the rest is chosen here. */
export function CompleteRegistrationForm({ token, email }: { token: string; email: string }) {
  return (
    <section className="auth-form panel" aria-labelledby="complete-registration-heading">
      <h2 id="complete-registration-heading">Finish creating your account</h2>
      <p>
        Your account&apos;s email address is <strong>{email}</strong>.
      </p>
      <ActionForm action={completeRegistrationAction}>
        <input type="hidden" name="token" value={token} />
        <div className="field">
          <label htmlFor="complete-first-name">First name</label>
          <input id="complete-first-name" name="first_name" autoComplete="given-name" required />
        </div>
        <div className="field">
          <label htmlFor="complete-last-name">Last name</label>
          <input id="complete-last-name" name="last_name" autoComplete="family-name" required />
        </div>
        <div className="field">
          <label htmlFor="complete-password">Password</label>
          <input
            id="complete-password"
            name="password"
            type="password"
            autoComplete="new-password"
            minLength={8}
            required
            aria-describedby="complete-password-hint"
          />
          <p id="complete-password-hint" className="field__hint">
            At least 8 characters.
          </p>
        </div>
        <SubmitButton>Create my account</SubmitButton>
      </ActionForm>
    </section>
  )
}

/** Both forms side by side, as /account and /account/login show them to a visitor. */
export function AuthForms({ next }: { next: string }) {
  return (
    <div className={authForms.forms}>
      <LoginForm next={next} />
      <RegisterForm next={next} />
      <p className={authForms.note}>
        Ordering without subscriptions? You can also <Link href="/cart">check out as a guest</Link>.
      </p>
    </div>
  )
}
