import type { Metadata } from "next"
import Link from "next/link"
import { requireCustomer } from "@/lib/data/customer"
import { orFallback } from "@/lib/data/errors"
import { listCountries } from "@/lib/data/regions"
import { listSubscribedProducts, listSubscriptions } from "@/lib/data/subscriptions"
import { privatePageMetadata } from "@/lib/seo"
import { AccountLayout } from "@/modules/account/templates/account-layout"
import { SubscriptionCard } from "@/modules/subscriptions/components/subscription-card"
import styles from "./subscriptions.module.css"

export const dynamic = "force-dynamic"

export const metadata: Metadata = privatePageMetadata("Your subscriptions", "/account/subscriptions")

export default async function SubscriptionsPage() {
  const customer = await requireCustomer("/account/subscriptions")
  const { subscriptions } = await listSubscriptions()
  const countries = await orFallback(listCountries(), [], "the list of countries")
  const products = await listSubscribedProducts(subscriptions)
  const now = new Date()
  // Running ones first; cancelled ones stay visible below for reference.
  const sorted = [...subscriptions.filter((s) => s.status !== "cancelled"), ...subscriptions.filter((s) => s.status === "cancelled")]
  return (
    <AccountLayout title="Your subscriptions" current="/account/subscriptions">
      {sorted.length === 0 ? (
        <p className="empty">
          You have no subscriptions yet. Choose <em>Subscribe &amp; save</em> on a <Link href="/store">product</Link> and save on every
          delivery.
        </p>
      ) : (
        <ul role="list" className={styles.list}>
          {sorted.map((subscription) => (
            <li key={subscription.id}>
              <SubscriptionCard
                subscription={subscription}
                product={subscription.product ? (products.get(subscription.product.handle) ?? null) : null}
                now={now}
                addresses={customer.addresses}
                countries={countries}
              />
            </li>
          ))}
        </ul>
      )}
    </AccountLayout>
  )
}
