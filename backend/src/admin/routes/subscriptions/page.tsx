import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowPath } from "@medusajs/icons"
import {
  Button,
  Container,
  DataTable,
  type DataTableSortingState,
  DatePicker,
  Heading,
  Input,
  Label,
  Select,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { productsApi, subscriptionsApi } from "../../lib/subscriptions/client"
import { subscriptionListColumns } from "../../lib/subscriptions/components/subscription-list-columns"
import { errorMessage, formatMoney, STATUS_LABEL } from "../../lib/subscriptions/format"
import type { SubscriptionStatus } from "../../lib/subscriptions/types"
import { emptyText, onRecordClick, useServerPagination } from "../../lib/components/data-table"

const PAGE_SIZE = 20
const ALL = "all"

/** "2026-12-01" for the day the admin picked in their own calendar. */
const dayOf = (date: Date | null) =>
  date ? `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}` : undefined

/** Every customer's subscriptions, filtered by status, product and next delivery date. */
const SubscriptionsPage = () => {
  const navigate = useNavigate()
  const [status, setStatus] = useState<SubscriptionStatus | typeof ALL>(ALL)
  const [productId, setProductId] = useState<string>(ALL)
  const [from, setFrom] = useState<Date | null>(null)
  const [to, setTo] = useState<Date | null>(null)
  const [email, setEmail] = useState("")
  const [sorting, setSorting] = useState<DataTableSortingState | null>(null)
  const { pagination, page, firstPage } = useServerPagination(PAGE_SIZE)

  const filters = {
    ...(status === ALL ? {} : { status: [status] }),
    ...(productId === ALL ? {} : { product_id: productId }),
    ...(from ? { next_delivery_from: dayOf(from) } : {}),
    ...(to ? { next_delivery_to: dayOf(to) } : {}),
    ...(email.trim() ? { q: email.trim() } : {}),
    // No sorting chosen: the route's own order, newest first.
    ...(sorting ? { order: `${sorting.desc ? "-" : ""}${sorting.id}` } : {}),
  }
  const list = useQuery({
    queryKey: ["subscriptions", filters, page],
    queryFn: () => subscriptionsApi.list({ ...filters, ...page }),
    placeholderData: keepPreviousData,
  })
  const summary = useQuery({ queryKey: ["subscriptions", "summary"], queryFn: subscriptionsApi.summary })
  const products = useQuery({ queryKey: ["subscription-products"], queryFn: productsApi.list })
  // Any filter change starts again from the first page.
  const refine =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value)
      firstPage()
    }
  const table = useDataTable({
    columns: subscriptionListColumns,
    data: list.data?.subscriptions ?? [],
    getRowId: (s) => s.id,
    rowCount: list.data?.count ?? 0,
    isLoading: list.isLoading,
    pagination,
    // DataTable goes back to the first page itself when the sorting changes.
    sorting: { state: sorting, onSortingChange: setSorting },
    onRowClick: onRecordClick((s) => navigate(`/subscriptions/${s.id}`)),
  })

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h1">Subscriptions</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Subscribe-and-save customers, their next deliveries and renewals.
          </Text>
        </div>
        <Button size="small" variant="secondary" asChild>
          <Link to="/subscriptions/settings">Renewal policy</Link>
        </Button>
      </div>
      <section className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-4" aria-label="Subscription totals">
        {[
          ["Active", summary.data ? String(summary.data.summary.active_count) : "…"],
          [
            "Monthly recurring revenue",
            summary.data
              ? summary.data.summary.monthly_recurring_revenue.map((r) => formatMoney(r.amount, r.currency_code)).join(" + ") ||
                formatMoney(0, "usd")
              : "…",
          ],
          ["New this month", summary.data ? String(summary.data.summary.new_this_month) : "…"],
          ["Cancelled this month", summary.data ? String(summary.data.summary.cancelled_this_month) : "…"],
        ].map(([label, value]) => (
          <div key={label} className="flex flex-col gap-1">
            <Text size="small" className="text-ui-fg-subtle">
              {label}
            </Text>
            <Text size="xlarge" weight="plus">
              {value}
            </Text>
          </div>
        ))}
        <Text size="xsmall" className="text-ui-fg-muted col-span-full">
          Monthly recurring revenue: each active subscription's next delivery price × quantity, spread over 30 days. Months are UTC.
        </Text>
      </section>
      <div className="grid grid-cols-1 gap-3 px-6 py-4 md:grid-cols-5">
        <div className="flex flex-col gap-1">
          <Label size="xsmall">Status</Label>
          <Select size="small" value={status} onValueChange={refine((v: string) => setStatus(v as SubscriptionStatus | typeof ALL))}>
            <Select.Trigger>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>All statuses</Select.Item>
              {(Object.keys(STATUS_LABEL) as SubscriptionStatus[]).map((s) => (
                <Select.Item key={s} value={s}>
                  {STATUS_LABEL[s]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div className="flex flex-col gap-1">
          <Label size="xsmall">Product</Label>
          <Select size="small" value={productId} onValueChange={refine(setProductId)}>
            <Select.Trigger>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>All products</Select.Item>
              {(products.data?.products ?? []).map((p) => (
                <Select.Item key={p.id} value={p.id}>
                  {p.title}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <div className="flex flex-col gap-1">
          <Label size="xsmall">Next delivery from</Label>
          <DatePicker size="small" value={from} onChange={refine(setFrom)} />
        </div>
        <div className="flex flex-col gap-1">
          <Label size="xsmall">Next delivery to</Label>
          <DatePicker size="small" value={to} onChange={refine(setTo)} />
        </div>
        <div className="flex flex-col gap-1">
          <Label size="xsmall">Customer email</Label>
          <Input
            size="small"
            type="search"
            placeholder="Search by email"
            value={email}
            onChange={(e) => refine(setEmail)(e.target.value)}
          />
        </div>
      </div>
      {list.isError && <Text className="text-ui-fg-error px-6 py-4">{errorMessage(list.error)}</Text>}
      <DataTable instance={table}>
        <DataTable.Table emptyState={emptyText("No subscriptions match.")} />
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Subscriptions", icon: ArrowPath })

export default SubscriptionsPage
