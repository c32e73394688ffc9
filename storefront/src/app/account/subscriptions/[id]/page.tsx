import type { Metadata } from "next"
import Link from "next/link"
import { requireCustomer } from "@/lib/data/customer"
import { nullIfNotFound, orFallback, orNotFound } from "@/lib/data/errors"
import { getProductByHandle } from "@/lib/data/products"
import { listCountries } from "@/lib/data/regions"
import { getSubscription } from "@/lib/data/subscriptions"
import { privatePageMetadata } from "@/lib/seo"
import { subscriptionName } from "@/lib/subscriptions"
import { AccountLayout } from "@/modules/account/templates/account-layout"
import { SubscriptionCard } from "@/modules/subscriptions/components/subscription-card"

export const dynamic = "force-dynamic"

export const metadata: Metadata = privatePageMetadata("Subscription", "/account/subscriptions")

interface SubscriptionPageProps {
  params: Promise<{ id: string }>
}

export default async function SubscriptionPage({ params }: SubscriptionPageProps) {
  const { id } = await params
  const customer = await requireCustomer(`/account/subscriptions/${encodeURIComponent(id)}`)
  const subscription = await orNotFound(getSubscription(id))
  const countries = await orFallback(listCountries(), [], "the list of countries")
  const product = subscription.product
    ? await orFallback(nullIfNotFound(getProductByHandle(subscription.product.handle)), null, "the product")
    : null
  return (
    <AccountLayout title={subscriptionName(subscription)} current="/account/subscriptions">
      <SubscriptionCard
        subscription={subscription}
        product={product}
        now={new Date()}
        headingLevel={2}
        addresses={customer.addresses}
        countries={countries}
      />
      <p>
        <Link href="/account/subscriptions">All subscriptions</Link>
      </p>
    </AccountLayout>
  )
}
