import Link from "next/link"
import { loginAction, registerAction } from "@/lib/actions/account"
import { ActionForm } from "@/modules/common/components/action-form"
import { SubmitButton } from "@/modules/common/components/submit-button"

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

/** Create an account; it logs the customer in and goes back to `next`. */
export function RegisterForm({ next, idPrefix = "register" }: { next: string; idPrefix?: string }) {
  return (
    <section className="auth-form panel" aria-labelledby={`${idPrefix}-heading`}>
      <h2 id={`${idPrefix}-heading`}>Create an account</h2>
      <p>Track orders, keep addresses, and manage subscriptions: skip, pause or cancel whenever you like.</p>
      <ActionForm action={registerAction}>
        <input type="hidden" name="next" value={next} />
        <div className="field">
          <label htmlFor={`${idPrefix}-first-name`}>First name</label>
          <input id={`${idPrefix}-first-name`} name="first_name" autoComplete="given-name" required />
        </div>
        <div className="field">
          <label htmlFor={`${idPrefix}-last-name`}>Last name</label>
          <input id={`${idPrefix}-last-name`} name="last_name" autoComplete="family-name" required />
        </div>
        <div className="field">
          <label htmlFor={`${idPrefix}-email`}>Email</label>
          <input id={`${idPrefix}-email`} name="email" type="email" autoComplete="email" required />
        </div>
        <div className="field">
          <label htmlFor={`${idPrefix}-password`}>Password</label>
          <input
            id={`${idPrefix}-password`}
            name="password"
            type="password"
            autoComplete="new-password"
            minLength={8}
            required
            aria-describedby={`${idPrefix}-password-hint`}
          />
          <p id={`${idPrefix}-password-hint`} className="field__hint">
            At least 8 characters.
          </p>
        </div>
        <SubmitButton>Create account</SubmitButton>
      </ActionForm>
    </section>
  )
}

/** Both forms side by side, as /account and /account/login show them to a visitor. */
export function AuthForms({ next }: { next: string }) {
  return (
    <div className="auth-forms">
      <LoginForm next={next} />
      <RegisterForm next={next} />
      <p className="auth-forms__note">
        Ordering without subscriptions? You can also <Link href="/cart">check out as a guest</Link>.
      </p>
    </div>
  )
}
