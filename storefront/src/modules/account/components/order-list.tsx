import Link from "next/link"
import { orderStatusLabel, type OrderSummary } from "@/lib/account"
import { formatDate, formatMoney } from "@/lib/catalog"
import styles from "./order-list.module.css"

export const orderLabel = (order: Pick<OrderSummary, "displayId" | "id">) =>
  order.displayId !== null ? `Order #${order.displayId}` : `Order ${order.id}`

/** The customer's orders as a table: number, date, status, total, and a link to the details. */
export function OrderList({ orders }: { orders: OrderSummary[] }) {
  if (orders.length === 0) {
    return (
      <p className="empty">
        You haven&apos;t ordered yet. <Link href="/store">Find your first formula</Link>.
      </p>
    )
  }
  return (
    <table className={styles.table}>
      <caption className="visually-hidden">Your orders, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Order</th>
          <th scope="col">Placed</th>
          <th scope="col">Status</th>
          <th scope="col" className={styles.number}>
            Total
          </th>
        </tr>
      </thead>
      <tbody>
        {orders.map((order) => (
          <tr key={order.id}>
            <th scope="row">
              <Link href={`/account/orders/${order.id}`}>{orderLabel(order)}</Link>
            </th>
            <td>{formatDate(order.createdAt)}</td>
            <td>{orderStatusLabel(order.status)}</td>
            <td className={styles.number}>{formatMoney(order.total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
