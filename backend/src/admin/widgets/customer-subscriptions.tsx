import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, createDataTableColumnHelper, DataTable, Heading, Text, useDataTable } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { useServerPagination } from "../lib/components/data-table"
import { subscriptionsApi } from "../lib/subscriptions/client"
import { SubscriptionStatusBadge } from "../lib/subscriptions/components/subscription-status"
import { errorMessage, formatDay } from "../lib/subscriptions/format"
import type { AdminSubscription } from "../lib/subscriptions/types"

const PAGE_SIZE = 20
const column = createDataTableColumnHelper<AdminSubscription>()
const columns = [
  column.accessor((s) => s.product?.title ?? "Removed product", {
    id: "product",
    header: "Product",
    cell: ({ row: { original: s }, getValue }) => (
      <Link className="text-ui-fg-interactive" to={`/subscriptions/${s.id}`}>
        {s.quantity} × {getValue()}
        {s.variant ? `, ${s.variant.title}` : ""}
      </Link>
    ),
  }),
  column.accessor("status", { header: "Status", cell: ({ getValue }) => <SubscriptionStatusBadge status={getValue()} /> }),
  column.accessor("interval_days", { header: "Every", cell: ({ getValue }) => `${getValue()} days` }),
  column.accessor("next_delivery_at", {
    header: "Next delivery",
    cell: ({ row: { original: s } }) => (s.status === "cancelled" ? "—" : formatDay(s.next_delivery_at)),
  }),
]

/** On a customer's page: their subscriptions, each linking to its detail page. */
const CustomerSubscriptionsWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { pagination, page } = useServerPagination(PAGE_SIZE)
  const { data, isLoading, isError, error } = useQuery({
    queryKey: ["subscriptions", { customer_id: customer.id }, page],
    queryFn: () => subscriptionsApi.list({ customer_id: customer.id, ...page }),
    placeholderData: keepPreviousData,
  })
  const subscriptions = data?.subscriptions ?? []
  const table = useDataTable({
    columns,
    data: subscriptions,
    getRowId: (s) => s.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination,
  })

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Subscriptions</Heading>
      </div>
      {isError && <Text className="text-ui-fg-error px-6 py-4">{errorMessage(error)}</Text>}
      {!isLoading && !isError && subscriptions.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No subscriptions.
        </Text>
      )}
      {subscriptions.length > 0 && (
        <DataTable instance={table}>
          <DataTable.Table />
          <DataTable.Pagination />
        </DataTable>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerSubscriptionsWidget
