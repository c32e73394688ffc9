import type { Metadata } from "next"
import Link from "next/link"
import { formatAddressLine } from "@/lib/account"
import { formatDate } from "@/lib/catalog"
import { getCustomer } from "@/lib/data/customer"
import { orFallback } from "@/lib/data/errors"
import { listOrders } from "@/lib/data/orders"
import { listSubscriptions } from "@/lib/data/subscriptions"
import { privatePageMetadata } from "@/lib/seo"
import { subscriptionName } from "@/lib/subscriptions"
import { AuthForms } from "@/modules/account/components/login-form"
import { OrderList } from "@/modules/account/components/order-list"
import { AccountLayout } from "@/modules/account/templates/account-layout"

export const dynamic = "force-dynamic"

export const metadata: Metadata = privatePageMetadata("Your account", "/account")

/** Logged out: log in or register. Logged in: the account at a glance. */
export default async function AccountPage() {
  const customer = await getCustomer()
  if (!customer) {
    return (
      <div className="account">
        <h1>Your account</h1>
        <AuthForms next="/account" />
      </div>
    )
  }

  const [subscriptions, orders] = await Promise.all([
    orFallback(listSubscriptions(), { subscriptions: [], count: 0 }, "subscriptions"),
    orFallback(listOrders(), { orders: [], count: 0 }, "orders"),
  ])
  const active = subscriptions.subscriptions.filter((s) => s.status !== "cancelled")
  const address = customer.addresses.find((a) => a.isDefaultShipping) ?? customer.addresses[0]

  return (
    <AccountLayout title="Your account" current="/account">
      <p className="lead">Hello, {customer.firstName || customer.email}.</p>
      <section aria-labelledby="overview-subscriptions" className="panel">
        <h2 id="overview-subscriptions">Subscriptions</h2>
        {active.length === 0 ? (
          <p>
            No active subscriptions. Choose <em>Subscribe &amp; save</em> on any <Link href="/store">product</Link> to save on every
            delivery.
          </p>
        ) : (
          <ul role="list" className="plain-list">
            {active.map((s) => (
              <li key={s.id}>
                {subscriptionName(s)}:{" "}
                {s.status === "paused" ? "paused" : s.nextDeliveryAt ? `next delivery ${formatDate(s.nextDeliveryAt)}` : s.status}
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link href="/account/subscriptions">Manage subscriptions</Link>
        </p>
      </section>
      <section aria-labelledby="overview-orders" className="panel">
        <h2 id="overview-orders">Recent orders</h2>
        <OrderList orders={orders.orders.slice(0, 3)} />
        <p>
          <Link href="/account/orders">All orders</Link>
        </p>
      </section>
      <section aria-labelledby="overview-details" className="panel">
        <h2 id="overview-details">Your details</h2>
        <p>
          {customer.firstName} {customer.lastName} · {customer.email}
        </p>
        <p>{address ? formatAddressLine(address) : "No saved address yet."}</p>
        <p>
          <Link href="/account/addresses">Manage addresses</Link>
        </p>
      </section>
    </AccountLayout>
  )
}
