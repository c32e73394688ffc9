import { createAccountFromOrderAction } from "@/lib/actions/orders"
import type { OrderDetail } from "@/lib/account"
import { ActionForm } from "@/modules/common/components/action-form"
import { SubmitButton } from "@/modules/common/components/submit-button"

/** After a guest order: one password away from an account that keeps this order. */
export function CreateAccountOffer({ order, accessToken }: { order: OrderDetail; accessToken: string | null }) {
  if (!order.email) return null
  return (
    <section aria-labelledby="create-account-heading" className="panel">
      <h2 id="create-account-heading">Keep track of this order</h2>
      <p>Create an account with {order.email} to follow this order and see it next time you shop.</p>
      <ActionForm action={createAccountFromOrderAction} label="Create an account">
        <input type="hidden" name="order_id" value={order.id} />
        <input type="hidden" name="email" value={order.email} />
        {accessToken && <input type="hidden" name="access" value={accessToken} />}
        <div className="field">
          <label htmlFor="offer-first-name">First name</label>
          <input id="offer-first-name" name="first_name" autoComplete="given-name" defaultValue={order.shippingAddress?.firstName ?? ""} required />
        </div>
        <div className="field">
          <label htmlFor="offer-last-name">Last name</label>
          <input id="offer-last-name" name="last_name" autoComplete="family-name" defaultValue={order.shippingAddress?.lastName ?? ""} required />
        </div>
        <div className="field">
          <label htmlFor="offer-password">Password</label>
          <input id="offer-password" name="password" type="password" autoComplete="new-password" minLength={8} required aria-describedby="offer-password-hint" />
          <p id="offer-password-hint" className="field__hint">
            At least 8 characters.
          </p>
        </div>
        <SubmitButton>Create my account</SubmitButton>
      </ActionForm>
    </section>
  )
}
