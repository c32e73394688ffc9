import Link from "next/link"
import { firstDeliveryDate, formatDeliveryDate } from "@biome/shared"
import {
  chooseShippingAction,
  choosePaymentAction,
  deliverToSavedAddressAction,
  placeOrderAction,
  saveContactAction,
} from "@/lib/actions/checkout"
import type { Customer } from "@/lib/account"
import {
  checkoutPaymentMode,
  hasSubscriptionLine,
  paymentProviderLabel,
  STRIPE_PAYMENT_PROVIDER,
  type Cart,
  type CheckoutPaymentMode,
  type ShippingOption,
} from "@/lib/cart"
import { formatMoney } from "@/lib/catalog"
import { AddressFields } from "@/modules/account/components/address-fields"
import authForms from "@/modules/account/components/auth-forms.module.css"
import { LoginForm, RegisterForm } from "@/modules/account/components/login-form"
import { LinePrice, SubscriptionTerms } from "@/modules/cart/components/cart-line"
import { CartTotals } from "@/modules/cart/components/cart-totals"
import { ActionForm } from "@/modules/common/components/action-form"
import { SubmitButton } from "@/modules/common/components/submit-button"
import { StripePayment } from "../components/stripe-payment"
import styles from "./checkout-template.module.css"

export interface CheckoutProps {
  cart: Cart
  customer: Customer | null
  shippingOptions: ShippingOption[]
  /** Payment providers this storefront can take: Stripe only when the backend offers it and a key is set. */
  paymentProviders: string[]
  stripeKey: string | null
}

/**
 * Checkout on one page, in four steps that unlock in order: contact and address, shipping method, payment,
 * review with "Place order". Each step is a form posting to a Server Action, so it works without JavaScript
 * (card payments excepted: Stripe's card form needs it).
 */
export function CheckoutTemplate({ cart, customer, shippingOptions, paymentProviders, stripeKey }: CheckoutProps) {
  const needsAccount = hasSubscriptionLine(cart) && !customer
  const paymentMode = checkoutPaymentMode(paymentProviders)
  return (
    <div>
      <h1>Checkout</h1>
      {paymentMode === "demo" && <DemoStoreNotice />}
      <div className={styles.layout}>
        <div className={styles.steps}>
          {needsAccount ? (
            <section aria-labelledby="checkout-account-heading" className={`${styles.step} panel`}>
              <h2 id="checkout-account-heading">Subscriptions need an account</h2>
              <p>
                Your cart has a subscription. So that you can skip, pause or cancel deliveries later, please log in or create an account
                first. You&apos;ll come straight back here.
              </p>
              <div className={authForms.forms}>
                <LoginForm next="/checkout" idPrefix="checkout-login" />
                <RegisterForm next="/checkout" idPrefix="checkout-register" />
              </div>
            </section>
          ) : (
            <>
              <ContactStep cart={cart} customer={customer} />
              <ShippingStep cart={cart} options={shippingOptions} />
              <PaymentStep cart={cart} providers={paymentProviders} mode={paymentMode} />
              <ReviewStep cart={cart} stripeKey={stripeKey} canPay={paymentMode !== "unavailable"} />
            </>
          )}
        </div>
        <OrderSummary cart={cart} />
      </div>
    </div>
  )
}

function ContactStep({ cart, customer }: { cart: Cart; customer: Customer | null }) {
  const saved = customer?.addresses.find((a) => a.isDefaultShipping) ?? customer?.addresses[0] ?? null
  const defaults = cart.shippingAddress ?? saved ?? (customer ? { firstName: customer.firstName, lastName: customer.lastName } : null)
  return (
    <section aria-labelledby="checkout-contact-heading" className={`${styles.step} panel`}>
      <h2 id="checkout-contact-heading">1. Contact and delivery address</h2>
      {customer && customer.addresses.length > 0 && (
        <ActionForm action={deliverToSavedAddressAction} label="Your saved addresses">
          <fieldset className="choice-list">
            <legend>Deliver to a saved address</legend>
            {customer.addresses.map((address) => (
              <label key={address.id} className="choice">
                <input type="radio" name="address_id" value={address.id ?? ""} defaultChecked={address === saved} required />
                <span className="choice__label">
                  {[`${address.firstName} ${address.lastName}`, address.address1, address.city, `${address.province} ${address.postalCode}`]
                    .map((part) => part.trim())
                    .filter(Boolean)
                    .join(", ")}
                </span>
              </label>
            ))}
          </fieldset>
          <SubmitButton className="button button--secondary">Deliver to this address</SubmitButton>
        </ActionForm>
      )}
      {customer && (
        <p className="field__hint">
          {customer.addresses.length > 0 ? "Or enter another address below: " : ""}the address you enter is saved to your account for next
          time.
        </p>
      )}
      <ActionForm action={saveContactAction}>
        <div className="field">
          <label htmlFor="checkout-email">Email</label>
          <input
            id="checkout-email"
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={cart.email ?? customer?.email ?? ""}
            aria-describedby="checkout-email-hint"
          />
          <p id="checkout-email-hint" className="field__hint">
            For your order confirmation and delivery updates.
          </p>
        </div>
        <AddressFields idPrefix="checkout-address" defaults={defaults} countries={cart.countries} />
        <SubmitButton>{cart.shippingAddress ? "Update address" : "Continue to shipping"}</SubmitButton>
      </ActionForm>
    </section>
  )
}

function ShippingStep({ cart, options }: { cart: Cart; options: ShippingOption[] }) {
  const chosen = cart.shippingMethod?.optionId ?? options[0]?.id
  return (
    <section aria-labelledby="checkout-shipping-heading" className={`${styles.step} panel`}>
      <h2 id="checkout-shipping-heading">2. Shipping method</h2>
      {!cart.shippingAddress ? (
        <p className="meta">Enter your delivery address first; the shipping methods depend on it.</p>
      ) : options.length === 0 ? (
        <p role="alert">We can&apos;t ship to this address yet. Please check the country, or write to us and we&apos;ll find a way.</p>
      ) : (
        <ActionForm action={chooseShippingAction}>
          <fieldset className="choice-list">
            <legend className="visually-hidden">Shipping method</legend>
            {options.map((option) => (
              <label key={option.id} className="choice">
                <input type="radio" name="option_id" value={option.id} defaultChecked={option.id === chosen} required />
                <span className="choice__label">{option.name}</span>
                <span className="choice__price">{option.amount ? formatMoney(option.amount) : "Calculated later"}</span>
              </label>
            ))}
          </fieldset>
          <SubmitButton>{cart.shippingMethod ? "Change shipping method" : "Continue to payment"}</SubmitButton>
        </ActionForm>
      )}
    </section>
  )
}

/** Said before anything is entered: a demo store takes no payment and ships nothing. */
function DemoStoreNotice() {
  return (
    <p className="notice notice--inline" role="note">
      <strong>This is a demo store.</strong> No payment is taken at checkout and nothing you order here is shipped, so you can try every
      step without a card.
    </p>
  )
}

function PaymentStep({ cart, providers, mode }: { cart: Cart; providers: string[]; mode: CheckoutPaymentMode }) {
  const chosen = cart.paymentSession?.providerId ?? providers[0]
  return (
    <section aria-labelledby="checkout-payment-heading" className={`${styles.step} panel`}>
      <h2 id="checkout-payment-heading">3. Payment</h2>
      {!cart.shippingMethod ? (
        <p className="meta">Choose a shipping method first.</p>
      ) : mode === "demo" ? (
        <p>Demo store: no card is needed and no payment is taken. Your order is recorded as if it had been paid.</p>
      ) : mode === "unavailable" ? (
        <p role="alert">We can&apos;t take payments right now, so orders can&apos;t be placed. Please try again later.</p>
      ) : (
        <ActionForm action={choosePaymentAction}>
          <fieldset className="choice-list">
            <legend className="visually-hidden">Payment method</legend>
            {providers.map((provider) => (
              <label key={provider} className="choice">
                <input type="radio" name="provider_id" value={provider} defaultChecked={provider === chosen} required />
                <span className="choice__label">{paymentProviderLabel(provider)}</span>
              </label>
            ))}
          </fieldset>
          {hasSubscriptionLine(cart) && (
            <p className="field__hint">Your card is kept securely by Stripe for your subscription&apos;s renewals.</p>
          )}
          <SubmitButton>{cart.paymentSession ? "Change payment method" : "Continue to review"}</SubmitButton>
        </ActionForm>
      )}
    </section>
  )
}

function ReviewStep({ cart, stripeKey, canPay }: { cart: Cart; stripeKey: string | null; canPay: boolean }) {
  const ready = Boolean(cart.email && cart.shippingAddress && cart.shippingMethod && canPay)
  const stripeSession =
    cart.paymentSession?.providerId === STRIPE_PAYMENT_PROVIDER && cart.paymentSession.clientSecret && stripeKey
      ? cart.paymentSession.clientSecret
      : null
  return (
    <section aria-labelledby="checkout-review-heading" className={`${styles.step} panel`}>
      <h2 id="checkout-review-heading">4. Review and place your order</h2>
      {!ready && <p className="meta">Complete the steps above, then place your order here.</p>}
      {ready && (
        <p>
          Delivering to {cart.shippingAddress?.firstName} {cart.shippingAddress?.lastName}, {cart.shippingAddress?.address1},{" "}
          {cart.shippingAddress?.city} by {cart.shippingMethod?.name}. Confirmation to {cart.email}.
        </p>
      )}
      <NextCharges cart={cart} now={new Date()} />
      {/* On a phone the summary sits below the steps: the total is said here, before the button. */}
      <p data-testid="order-total">
        Order total: <strong>{formatMoney(cart.total)}</strong>
      </p>
      {ready && stripeSession && stripeKey ? (
        <StripePayment publishableKey={stripeKey} clientSecret={stripeSession} />
      ) : (
        <ActionForm action={placeOrderAction}>
          <SubmitButton className="button button--large" disabled={!ready}>
            Place order
          </SubmitButton>
        </ActionForm>
      )}
      <p className="field__hint">
        By placing your order you agree to our <Link href="/policies">shop policies</Link>.
      </p>
    </section>
  )
}

function OrderSummary({ cart }: { cart: Cart }) {
  return (
    <aside aria-labelledby="checkout-summary-heading" className="panel">
      <h2 id="checkout-summary-heading">Your order</h2>
      <ul role="list" className={styles.summaryLines}>
        {cart.lines.map((line) => (
          <li key={line.id} className={styles.summaryLine}>
            <p>
              {line.quantity} × {line.productTitle}
              {line.variantTitle && <span className="meta"> · {line.variantTitle}</span>}
            </p>
            <SubscriptionTerms line={line} />
            <LinePrice line={line} />
          </li>
        ))}
      </ul>
      <CartTotals cart={cart} />
      <p>
        <Link href="/cart">Edit your cart</Link>
      </p>
    </aside>
  )
}

/** Each subscription line's next charge: one interval after today's order, the first delivery. */
export function NextCharges({ cart, now }: { cart: Cart; now: Date }) {
  const subscribed = cart.lines.filter((line) => line.subscription)
  if (subscribed.length === 0) return null
  return (
    <ul role="list">
      {subscribed.map((line) => {
        const next = firstDeliveryDate(now, line.subscription!.intervalDays)
        return (
          <li key={line.id}>
            {line.productTitle}
            {line.variantTitle && <> ({line.variantTitle})</>}: today&apos;s order is the first delivery; next charge and delivery on{" "}
            <time dateTime={next.toISOString()}>{formatDeliveryDate(next)}</time>, then every {line.subscription!.intervalDays} days.
          </li>
        )
      })}
    </ul>
  )
}
