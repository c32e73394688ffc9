import { createDataTableColumnHelper } from "@medusajs/ui"
import { cancelReasonLabel, customerName, formatDay, formatMoney } from "../format"
import type { AdminSubscription } from "../types"
import { SubscriptionStatusBadge } from "./subscription-status"

const column = createDataTableColumnHelper<AdminSubscription>()

/**
 * The subscriptions list's columns. Those with `enableSorting` are ones the route can order by; their ids are the
 * route's `order` fields.
 */
export const subscriptionListColumns = [
  column.accessor("status", {
    header: "Status",
    enableSorting: true,
    cell: ({ row }) => <SubscriptionStatusBadge status={row.original.status} />,
  }),
  column.accessor((s) => s.customer?.email ?? s.email, {
    id: "customer",
    header: "Customer",
    cell: ({ row }) => (
      <div className="flex flex-col">
        <span>{row.original.customer?.email ?? row.original.email}</span>
        <span className="text-ui-fg-subtle">{customerName(row.original.customer)}</span>
      </div>
    ),
  }),
  column.accessor((s) => s.product?.title ?? "Removed product", {
    id: "product",
    header: "Product",
    cell: ({ row, getValue }) => (
      <div className="flex flex-col">
        <span>{getValue()}</span>
        <span className="text-ui-fg-subtle">{row.original.variant?.title ?? ""}</span>
      </div>
    ),
  }),
  column.accessor("quantity", { header: "Quantity", enableSorting: true }),
  column.accessor("interval_days", { header: "Every", cell: ({ getValue }) => `${getValue()} days` }),
  column.accessor("next_delivery_at", {
    header: "Next delivery",
    enableSorting: true,
    cell: ({ row }) => (row.original.status === "cancelled" ? "—" : formatDay(row.original.next_delivery_at)),
  }),
  column.accessor((s) => (s.status === "cancelled" || !s.next_price ? "—" : formatMoney(s.next_price.total, s.currency_code)), {
    id: "price",
    header: "Price",
    align: "right",
  }),
  column.accessor((s) => (s.cancel_reason ? cancelReasonLabel(s.cancel_reason) : "—"), { id: "cancel_reason", header: "Cancel reason" }),
]
