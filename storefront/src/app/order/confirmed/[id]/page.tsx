import type { Metadata } from "next"
import { getPlacedOrderId } from "@/lib/data/cookies"
import { getCustomer } from "@/lib/data/customer"
import { NotFoundError, orFallback, orNotFound } from "@/lib/data/errors"
import { getOrderForConfirmation } from "@/lib/data/orders"
import { privatePageMetadata } from "@/lib/seo"
import { OrderConfirmationTemplate } from "@/modules/order/templates/order-confirmation-template"

export const dynamic = "force-dynamic"

export const metadata: Metadata = privatePageMetadata("Order confirmed", "/order/confirmed")

interface ConfirmationPageProps {
  params: Promise<{ id: string }>
}

/** Shown to the browser that placed the order, or to the customer it belongs to; to anyone else, a 404. */
export default async function OrderConfirmedPage({ params }: ConfirmationPageProps) {
  const { id } = await params
  const [placedHere, customer] = await Promise.all([getPlacedOrderId(), orFallback(getCustomer(), null, "the customer")])
  const order = await orNotFound(
    getOrderForConfirmation(id).then((o) => {
      const mine = placedHere === o.id || (customer !== null && o.customerId === customer.id)
      if (!mine) throw new NotFoundError("This order")
      return o
    })
  )
  return <OrderConfirmationTemplate order={order} loggedIn={customer !== null} />
}
