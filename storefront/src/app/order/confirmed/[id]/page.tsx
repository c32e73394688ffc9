import type { Metadata } from "next"
import { getPlacedOrderCartId, getPlacedOrderId } from "@/lib/data/cookies"
import { getCustomer } from "@/lib/data/customer"
import { orFallback, orNotFound } from "@/lib/data/errors"
import { getOrderForConfirmation } from "@/lib/data/orders"
import { privatePageMetadata } from "@/lib/seo"
import { OrderConfirmationTemplate } from "@/modules/order/templates/order-confirmation-template"

export const dynamic = "force-dynamic"

export const metadata: Metadata = privatePageMetadata("Order confirmed", "/order/confirmed")

interface ConfirmationPageProps {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/**
 * Shown to the browser that placed the order, to the customer it belongs to, or through the signed link the
 * order lookup emails; the backend checks which, and to anyone else the order is a 404.
 */
export default async function OrderConfirmedPage({ params, searchParams }: ConfirmationPageProps) {
  const [{ id }, query] = await Promise.all([params, searchParams])
  const access = typeof query.access === "string" ? query.access.slice(0, 1000) : null
  const [placedHere, placedCart, customer] = await Promise.all([
    getPlacedOrderId(),
    getPlacedOrderCartId(),
    orFallback(getCustomer(), null, "the customer"),
  ])
  const proof = { cartId: placedHere === id ? placedCart : null, token: access }
  const order = await orNotFound(getOrderForConfirmation(id, proof))
  return <OrderConfirmationTemplate order={order} loggedIn={customer !== null} />
}
