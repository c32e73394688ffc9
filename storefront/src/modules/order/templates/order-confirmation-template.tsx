import Link from "next/link"
import { firstDeliveryDate, formatDeliveryDate } from "@biome/shared"
import type { OrderDetail } from "@/lib/account"
import { OrderDetails } from "@/modules/account/components/order-details"
import { orderLabel } from "@/modules/account/components/order-list"
import { CreateAccountOffer } from "@/modules/order/components/create-account-offer"

export function OrderConfirmationTemplate({ order, loggedIn }: { order: OrderDetail; loggedIn: boolean }) {
  const subscribed = order.lines.filter((line) => line.subscriptionIntervalDays !== null)
  return (
    <div className="confirmation">
      <header className="page-header">
        <h1>Thank you, your order is confirmed</h1>
        <p className="lead">
          {orderLabel(order)} is on its way to our warehouse.
          {order.email && <> We&apos;ve sent a confirmation to {order.email}.</>}
        </p>
      </header>
      {subscribed.length > 0 && (
        <section aria-labelledby="confirmation-subscriptions-heading" className="panel panel--highlight">
          <h2 id="confirmation-subscriptions-heading">Your subscription has started</h2>
          <p>
            This order is your first delivery.{" "}
            {subscribed.map((line) => `${line.title} comes again every ${line.subscriptionIntervalDays} days`).join("; ")}, at the same
            discount. You can skip, pause, change or cancel any delivery in your account.
          </p>
          <ul role="list">
            {subscribed.map((line) => {
              const next = firstDeliveryDate(new Date(order.createdAt), line.subscriptionIntervalDays!)
              return (
                <li key={line.id}>
                  {line.title}: next charge and delivery on <time dateTime={next.toISOString()}>{formatDeliveryDate(next)}</time>
                </li>
              )
            })}
          </ul>
          {loggedIn && (
            <p>
              <Link className="button" href="/account/subscriptions">
                Manage your subscriptions
              </Link>
            </p>
          )}
        </section>
      )}
      <OrderDetails order={order} />
      {!loggedIn && <CreateAccountOffer order={order} />}
      <p className="notice__actions">
        {loggedIn && <Link href="/account/orders">See all your orders</Link>}
        <Link href="/guides">Read our guides while you wait</Link>
      </p>
    </div>
  )
}
