import Link from "next/link"
import { hasSubscriptionLine, itemCount, type Cart } from "@/lib/cart"
import { CartLine } from "../components/cart-line"
import { CartTotals } from "../components/cart-totals"
import styles from "./cart-template.module.css"

export function CartTemplate({ cart, loggedIn }: { cart: Cart | null; loggedIn: boolean }) {
  if (!cart || cart.lines.length === 0) {
    return (
      <div>
        <h1>Your cart</h1>
        <section className="notice notice--inline" aria-labelledby="cart-empty-heading">
          <h2 id="cart-empty-heading">Your cart is empty</h2>
          <p>Find a formula for your gut and skin, or start with one of our guides.</p>
          <p className="notice__actions">
            <Link className="button" href="/store">
              Shop all probiotics
            </Link>
            <Link href="/guides">Read our guides</Link>
          </p>
        </section>
      </div>
    )
  }

  const count = itemCount(cart)
  const subscribing = hasSubscriptionLine(cart)
  return (
    <div>
      <h1>Your cart</h1>
      <div className={styles.layout}>
        <section aria-labelledby="cart-items-heading">
          <h2 id="cart-items-heading">
            {count} {count === 1 ? "item" : "items"}
          </h2>
          <ul role="list" className={styles.lines}>
            {cart.lines.map((line) => (
              <li key={line.id}>
                <CartLine line={line} />
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="cart-summary-heading" className="panel">
          <h2 id="cart-summary-heading">Order summary</h2>
          <CartTotals cart={cart} />
          {subscribing && (
            <p>
              Subscriptions renew automatically at the same discount. Skip, pause or cancel any time in your account.
              {!loggedIn && " You'll be asked to log in or create an account at checkout."}
            </p>
          )}
          <form action="/checkout" method="get">
            <button type="submit" className="button button--large button--block">
              Checkout
            </button>
          </form>
          <p>
            <Link href="/store">Continue shopping</Link>
          </p>
        </section>
      </div>
    </div>
  )
}
