import { Badge, Container, createDataTableColumnHelper, DataTable, Heading, Text, useDataTable } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { describeActivity, type SubscriptionActivityActorType, type SubscriptionActivityEntry } from "@biome/shared"
import { subscriptionsApi } from "../client"
import { errorMessage, formatDateTime } from "../format"
import { useServerPagination } from "../../components/data-table"

const PAGE_SIZE = 20
const ACTOR_COLOR: Record<SubscriptionActivityActorType, "blue" | "purple" | "grey"> = { customer: "blue", admin: "purple", system: "grey" }

const column = createDataTableColumnHelper<SubscriptionActivityEntry>()
const columns = [
  column.accessor("occurred_at", { header: "When", cell: ({ getValue }) => formatDateTime(getValue()) }),
  column.accessor("actor_label", {
    header: "Who",
    cell: ({ row }) => (
      <Badge size="2xsmall" color={ACTOR_COLOR[row.original.actor_type]}>
        {row.original.actor_label}
      </Badge>
    ),
  }),
  // A sentence can be long: it wraps inside its cell rather than being cut off.
  column.accessor((entry) => describeActivity(entry), {
    id: "what",
    header: "What",
    truncateTooltip: false,
    cell: ({ getValue }) => <div className="whitespace-normal py-2">{getValue()}</div>,
  }),
]

/** The query key of a subscription's timeline; admin actions invalidate it so the newest entry shows at once. */
export const activityQueryKey = (id: string) => ["subscription", id, "activity"] as const

/**
 * Who did what and when: the customer's changes, admins' actions, renewals and emails, newest first. A table, not a
 * timeline: each entry is a record with the same three fields, and there can be many pages of them.
 */
export const SubscriptionActivity = ({ subscriptionId }: { subscriptionId: string }) => {
  const { pagination, page } = useServerPagination(PAGE_SIZE)
  const { data, isLoading, isError, error } = useQuery({
    queryKey: [...activityQueryKey(subscriptionId), page],
    queryFn: () => subscriptionsApi.activity(subscriptionId, page),
    placeholderData: keepPreviousData,
  })
  const table = useDataTable({
    columns,
    data: data?.activity ?? [],
    getRowId: (entry) => entry.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination,
  })

  return (
    <Container className="divide-y p-0" data-testid="subscription-activity">
      <div className="px-6 py-4">
        <Heading level="h2">Activity</Heading>
      </div>
      {isError && <Text className="text-ui-fg-error px-6 py-4">{errorMessage(error)}</Text>}
      {isLoading && <Text className="text-ui-fg-subtle px-6 py-4">Loading…</Text>}
      {data && data.activity.length > 0 && (
        <DataTable instance={table}>
          <DataTable.Table />
          <DataTable.Pagination />
        </DataTable>
      )}
      {data && data.activity.length === 0 && <Text className="text-ui-fg-subtle px-6 py-4">Nothing has happened yet.</Text>}
    </Container>
  )
}
