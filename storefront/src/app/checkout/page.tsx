import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getCart } from "@/lib/data/cart"
import { listPaymentProviders, listShippingOptions } from "@/lib/data/checkout"
import { getCustomer } from "@/lib/data/customer"
import { orFallback } from "@/lib/data/errors"
import { stripePublishableKey } from "@/lib/env"
import { privatePageMetadata } from "@/lib/seo"
import { CheckoutTemplate } from "@/modules/checkout/templates/checkout-template"

// The visitor's own checkout: read from their cookies on every request, never cached.
export const dynamic = "force-dynamic"

export const metadata: Metadata = privatePageMetadata("Checkout", "/checkout")

export default async function CheckoutPage() {
  const cart = await getCart()
  if (!cart || cart.lines.length === 0) redirect("/cart")

  const stripeKey = stripePublishableKey()
  const [customer, shippingOptions, providers] = await Promise.all([
    orFallback(getCustomer(), null, "the customer"),
    cart.shippingAddress ? orFallback(listShippingOptions(cart), [], "shipping options") : Promise.resolve([]),
    cart.regionId ? orFallback(listPaymentProviders(cart.regionId), [], "payment providers") : Promise.resolve([]),
  ])
  const paymentProviders = providers.map((p) => p.id)

  return (
    <CheckoutTemplate
      cart={cart}
      customer={customer}
      shippingOptions={shippingOptions}
      paymentProviders={paymentProviders}
      stripeKey={stripeKey}
    />
  )
}
