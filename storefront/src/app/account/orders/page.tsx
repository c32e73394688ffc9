import type { Metadata } from "next"
import { requireCustomer } from "@/lib/data/customer"
import { listOrders } from "@/lib/data/orders"
import { privatePageMetadata } from "@/lib/seo"
import { OrderList } from "@/modules/account/components/order-list"
import { AccountLayout } from "@/modules/account/templates/account-layout"

export const dynamic = "force-dynamic"

export const metadata: Metadata = privatePageMetadata("Your orders", "/account/orders")

export default async function OrdersPage() {
  await requireCustomer("/account/orders")
  const { orders } = await listOrders()
  return (
    <AccountLayout title="Your orders" current="/account/orders">
      <OrderList orders={orders} />
    </AccountLayout>
  )
}
