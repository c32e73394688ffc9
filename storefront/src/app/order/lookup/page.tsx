import type { Metadata } from "next"
import { orderLookupAction } from "@/lib/actions/orders"
import { pageMetadata } from "@/lib/seo"
import { ActionForm } from "@/modules/common/components/action-form"
import { SubmitButton } from "@/modules/common/components/submit-button"

export const metadata: Metadata = pageMetadata({
  title: "Find your order",
  description: "Ordered without an account? Enter your email and order number and we'll email you a link to your order.",
  path: "/order/lookup",
})

/** For guests: the order opens from a link sent to the address it was placed with, never on this page. */
export default function OrderLookupPage() {
  return (
    <section className="auth-form panel" aria-labelledby="order-lookup-heading">
      <h1 id="order-lookup-heading">Find your order</h1>
      <p>
        Ordered without an account? Enter the email you used and the order number from your confirmation, and we&apos;ll email you a link to
        the order.
      </p>
      <ActionForm action={orderLookupAction} label="Find your order">
        <div className="field">
          <label htmlFor="lookup-email">Email</label>
          <input id="lookup-email" name="email" type="email" autoComplete="email" required />
        </div>
        <div className="field">
          <label htmlFor="lookup-number">Order number</label>
          <input id="lookup-number" name="order_number" inputMode="numeric" pattern="[0-9]*" required />
        </div>
        <SubmitButton>Email me a link</SubmitButton>
      </ActionForm>
    </section>
  )
}
