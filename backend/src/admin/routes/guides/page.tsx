import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BookOpen } from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  Heading,
  Select,
  StatusBadge,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { emptyText, onRecordClick, useServerPagination } from "../../lib/components/data-table"
import { guidesApi } from "../../lib/guides/client"
import type { GuideListItem, GuideStatus } from "../../lib/guides/types"

const ALL = "all"
const PAGE_SIZE = 20

const column = createDataTableColumnHelper<GuideListItem>()
const columns = [
  column.accessor("title", { header: "Title" }),
  column.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => <StatusBadge color={getValue() === "published" ? "green" : "grey"}>{getValue()}</StatusBadge>,
  }),
  column.accessor("tags", {
    header: "Tags",
    cell: ({ getValue }) => (
      <div className="flex flex-wrap gap-1">
        {getValue().map((t) => (
          <Badge key={t} size="2xsmall">
            {t}
          </Badge>
        ))}
      </div>
    ),
  }),
  column.accessor("product_count", { header: "Products" }),
  column.accessor((g) => g.author?.name ?? "—", { id: "author", header: "Author" }),
  column.accessor("updated_at", { header: "Updated", cell: ({ getValue }) => new Date(getValue()).toLocaleDateString() }),
]

/** The content team's list of guides: status, tags and how many products each guide is linked to. */
const GuidesPage = () => {
  const navigate = useNavigate()
  const [q, setQ] = useState("")
  const [status, setStatus] = useState<GuideStatus | typeof ALL>(ALL)
  const { pagination, page, firstPage } = useServerPagination(PAGE_SIZE)
  const { data, isLoading, isError, error } = useQuery({
    queryKey: ["guides", q, status, page],
    queryFn: () => guidesApi.list({ ...(q.trim() ? { q: q.trim() } : {}), ...(status === ALL ? {} : { status }), ...page }),
    placeholderData: keepPreviousData,
  })
  // DataTable waits 300 ms after the last keystroke before searching, and goes back to the first page itself.
  const table = useDataTable({
    columns,
    data: data?.guides ?? [],
    getRowId: (g) => g.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination,
    search: { state: q, onSearchChange: setQ },
    onRowClick: onRecordClick((g) => navigate(`/guides/${g.id}`)),
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Guides</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Education content with citations, linked to the products it explains.
          </Text>
        </div>
        <div className="flex gap-2">
          <Button size="small" variant="secondary" asChild>
            <Link to="/guides/authors">Authors</Link>
          </Button>
          <Button size="small" asChild>
            <Link to="/guides/new">Create guide</Link>
          </Button>
        </div>
      </div>
      <DataTable instance={table}>
        <DataTable.Toolbar className="px-6 py-3">
          <div className="flex gap-2">
            <DataTable.Search placeholder="Search by title or slug" />
            <Select
              size="small"
              value={status}
              onValueChange={(v) => {
                setStatus(v as GuideStatus | typeof ALL)
                firstPage()
              }}
            >
              <Select.Trigger className="w-40">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={ALL}>All statuses</Select.Item>
                <Select.Item value="published">Published</Select.Item>
                <Select.Item value="draft">Draft</Select.Item>
              </Select.Content>
            </Select>
          </div>
        </DataTable.Toolbar>
        {isError && <Text className="text-ui-fg-error px-6 py-4">{(error as Error).message}</Text>}
        <DataTable.Table emptyState={emptyText("No guides match.")} />
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Guides", icon: BookOpen })

export default GuidesPage
