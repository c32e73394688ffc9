import { Container, createDataTableColumnHelper, DataTable, Heading, StatusBadge, Text, useDataTable } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatDateTime, formatDay, formatMoney, renewalFailureLabel, renewalStatusLabel, renewalTriggerLabel } from "../format"
import type { RenewalAttempt, SubscriptionOrder } from "../types"

/*
 * Both tables show what the subscription's own answer carries, all of it, so neither is paged; an empty one says so
 * in a line instead of DataTable's tall empty box, as they sit one under another on the detail page.
 */

const order = createDataTableColumnHelper<SubscriptionOrder>()

/** The checkout order and every renewal order, newest first, each linking to Medusa's order page. */
export const SubscriptionOrders = ({ orders, currency }: { orders: SubscriptionOrder[]; currency: string }) => {
  const table = useDataTable({
    columns: [
      order.accessor("display_id", {
        header: "Order",
        cell: ({ row }) => (
          <Link className="text-ui-fg-interactive" to={`/orders/${row.original.id}`}>
            #{row.original.display_id}
          </Link>
        ),
      }),
      order.accessor("created_at", { header: "Placed", cell: ({ getValue }) => formatDateTime(getValue()) }),
      order.accessor("status", {
        header: "Status",
        cell: ({ getValue }) => <span className="capitalize">{getValue().replace(/_/g, " ")}</span>,
      }),
      order.accessor("total", { header: "Total", align: "right", cell: ({ getValue }) => formatMoney(getValue(), currency) }),
    ],
    data: orders,
    getRowId: (o) => o.id,
    rowCount: orders.length,
  })
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Orders</Heading>
      </div>
      {orders.length > 0 ? (
        <DataTable instance={table}>
          <DataTable.Table />
        </DataTable>
      ) : (
        <Text className="text-ui-fg-subtle px-6 py-4">No orders yet.</Text>
      )}
    </Container>
  )
}

const ATTEMPT_COLOR = { succeeded: "green", failed: "red", processing: "orange" } as const
const attempt = createDataTableColumnHelper<RenewalAttempt>()
const renewalColumns = [
  attempt.accessor("created_at", { header: "When", cell: ({ getValue }) => formatDateTime(getValue()) }),
  attempt.accessor("scheduled_for", { header: "Delivery", cell: ({ getValue }) => formatDay(getValue()) }),
  attempt.accessor("attempt", { header: "Attempt" }),
  attempt.accessor("trigger", { header: "Trigger", cell: ({ getValue }) => renewalTriggerLabel(getValue()) }),
  attempt.accessor("status", {
    header: "Result",
    cell: ({ getValue }) => <StatusBadge color={ATTEMPT_COLOR[getValue()]}>{renewalStatusLabel(getValue())}</StatusBadge>,
  }),
  attempt.display({
    id: "details",
    header: "Details",
    cell: ({ row: { original: r } }) =>
      r.order_id ? (
        <Link className="text-ui-fg-interactive" to={`/orders/${r.order_id}`}>
          View order
        </Link>
      ) : (
        <span className="text-ui-fg-subtle">{r.failure_reason ?? (r.failure_code ? renewalFailureLabel(r.failure_code) : "")}</span>
      ),
  }),
]

/** Every renewal attempt (the payment attempts), newest first, with why a failed one failed. */
export const RenewalAttempts = ({ renewals }: { renewals: RenewalAttempt[] }) => {
  const table = useDataTable({ columns: renewalColumns, data: renewals, getRowId: (r) => r.id, rowCount: renewals.length })
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Renewal attempts</Heading>
      </div>
      {renewals.length > 0 ? (
        <DataTable instance={table}>
          <DataTable.Table />
        </DataTable>
      ) : (
        <Text className="text-ui-fg-subtle px-6 py-4">No renewals attempted yet.</Text>
      )}
    </Container>
  )
}
