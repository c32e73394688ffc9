import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowPath } from "@medusajs/icons"
import { Button, Container, DatePicker, Heading, Input, Label, Select, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { productsApi, subscriptionsApi } from "../../lib/subscriptions/client"
import { SubscriptionStatusBadge } from "../../lib/subscriptions/components/subscription-status"
import { cancelReasonLabel, customerName, errorMessage, formatDay, formatMoney, STATUS_LABEL } from "../../lib/subscriptions/format"
import type { SubscriptionStatus } from "../../lib/subscriptions/types"
import { Pager } from "../../lib/components/pager"

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
  const [page, setPage] = useState(0)

  const filters = {
    ...(status === ALL ? {} : { status: [status] }),
    ...(productId === ALL ? {} : { product_id: productId }),
    ...(from ? { next_delivery_from: dayOf(from) } : {}),
    ...(to ? { next_delivery_to: dayOf(to) } : {}),
    ...(email.trim() ? { q: email.trim() } : {}),
  }
  const list = useQuery({
    queryKey: ["subscriptions", filters, page],
    queryFn: () => subscriptionsApi.list({ ...filters, limit: PAGE_SIZE, offset: page * PAGE_SIZE }),
    placeholderData: keepPreviousData,
  })
  const summary = useQuery({ queryKey: ["subscriptions", "summary"], queryFn: subscriptionsApi.summary })
  const products = useQuery({ queryKey: ["subscription-products"], queryFn: productsApi.list })
  // Any filter change starts again from the first page.
  const refine =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value)
      setPage(0)
    }

  const count = list.data?.count ?? 0

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
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Customer</Table.HeaderCell>
            <Table.HeaderCell>Product</Table.HeaderCell>
            <Table.HeaderCell>Quantity</Table.HeaderCell>
            <Table.HeaderCell>Every</Table.HeaderCell>
            <Table.HeaderCell>Next delivery</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Price</Table.HeaderCell>
            <Table.HeaderCell>Cancel reason</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(list.data?.subscriptions ?? []).map((s) => (
            <Table.Row key={s.id} className="cursor-pointer" onClick={() => navigate(`/subscriptions/${s.id}`)}>
              <Table.Cell>
                <SubscriptionStatusBadge status={s.status} />
              </Table.Cell>
              <Table.Cell>
                <div className="flex flex-col">
                  <span>{s.customer?.email ?? s.email}</span>
                  <span className="text-ui-fg-subtle">{customerName(s.customer)}</span>
                </div>
              </Table.Cell>
              <Table.Cell>
                <div className="flex flex-col">
                  <span>{s.product?.title ?? "Removed product"}</span>
                  <span className="text-ui-fg-subtle">{s.variant?.title ?? ""}</span>
                </div>
              </Table.Cell>
              <Table.Cell>{s.quantity}</Table.Cell>
              <Table.Cell>{s.interval_days} days</Table.Cell>
              <Table.Cell>{s.status === "cancelled" ? "—" : formatDay(s.next_delivery_at)}</Table.Cell>
              <Table.Cell className="text-right">
                {s.status === "cancelled" || !s.next_price ? "—" : formatMoney(s.next_price.total, s.currency_code)}
              </Table.Cell>
              <Table.Cell>{s.cancel_reason ? cancelReasonLabel(s.cancel_reason) : "—"}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {!list.isLoading && count === 0 && <Text className="text-ui-fg-subtle px-6 py-4">No subscriptions match.</Text>}
      <Pager count={count} pageSize={PAGE_SIZE} page={page} setPage={setPage} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Subscriptions", icon: ArrowPath })

export default SubscriptionsPage
