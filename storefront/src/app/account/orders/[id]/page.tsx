import type { Metadata } from "next"
import Link from "next/link"
import { requireCustomer } from "@/lib/data/customer"
import { orNotFound } from "@/lib/data/errors"
import { getCustomerOrder } from "@/lib/data/orders"
import { privatePageMetadata } from "@/lib/seo"
import { OrderDetails } from "@/modules/account/components/order-details"
import { orderLabel } from "@/modules/account/components/order-list"
import { AccountLayout } from "@/modules/account/templates/account-layout"

export const dynamic = "force-dynamic"

export const metadata: Metadata = privatePageMetadata("Order details", "/account/orders")

interface OrderPageProps {
  params: Promise<{ id: string }>
}

export default async function OrderPage({ params }: OrderPageProps) {
  const { id } = await params
  const customer = await requireCustomer(`/account/orders/${encodeURIComponent(id)}`)
  const order = await orNotFound(getCustomerOrder(id, customer.id))
  return (
    <AccountLayout title={orderLabel(order)} current="/account/orders">
      <OrderDetails order={order} />
      <p>
        <Link href="/account/orders">Back to all orders</Link>
      </p>
    </AccountLayout>
  )
}
