import { createAccountFromOrderAction } from "@/lib/actions/orders"
import type { OrderDetail } from "@/lib/account"
import { ActionForm } from "@/modules/common/components/action-form"
import { SubmitButton } from "@/modules/common/components/submit-button"

/**
 * After a guest order: an account that keeps this order, made from a link emailed to the order's address (so
 * only its owner can create it). The link names the order, which proves it is theirs.
 */
export function CreateAccountOffer({ order }: { order: OrderDetail }) {
  if (!order.email) return null
  return (
    <section aria-labelledby="create-account-heading" className="panel">
      <h2 id="create-account-heading">Keep track of this order</h2>
      <p>
        Create an account with {order.email} to follow this order and see it next time you shop. We&apos;ll email you a link to choose your
        name and password.
      </p>
      <ActionForm action={createAccountFromOrderAction} label="Create an account">
        <input type="hidden" name="order_id" value={order.id} />
        <input type="hidden" name="email" value={order.email} />
        <SubmitButton>Email me a link to create my account</SubmitButton>
      </ActionForm>
    </section>
  )
}
