import { Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { Link, useParams } from "react-router-dom"
import { subscriptionsApi } from "@/admin/lib/subscriptions/client"
import { RenewalAttempts, SubscriptionOrders } from "@/admin/lib/subscriptions/components/subscription-history"
import { SubscriptionActions } from "@/admin/lib/subscriptions/components/subscription-actions"
import { SubscriptionActivity } from "@/admin/lib/subscriptions/components/subscription-activity"
import { SubscriptionStatusBadge } from "@/admin/lib/subscriptions/components/subscription-status"
import {
  cancelReasonLabel,
  customerName,
  errorMessage,
  formatDateTime,
  formatDay,
  formatMoney,
  pauseReasonLabel,
  paymentProviderLabel,
} from "@/admin/lib/subscriptions/format"
import type { AdminSubscription } from "@/admin/lib/subscriptions/types"

const Field = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="grid grid-cols-2 items-start px-6 py-3">
    <Text size="small" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small">{children}</Text>
  </div>
)

const address = (a: AdminSubscription["shipping_address"]) =>
  a ? [a.address_1, a.city, a.province, a.postal_code, a.country_code?.toUpperCase()].filter(Boolean).join(", ") : "—"

/** Everything about one subscription, with the actions an admin can take for the customer. */
const SubscriptionDetailPage = () => {
  const { id } = useParams()
  const { data, isLoading, isError, error } = useQuery({
    queryKey: ["subscription", id],
    queryFn: () => subscriptionsApi.retrieve(id!),
    enabled: !!id,
  })
  if (isLoading)
    return (
      <Container>
        <Text>Loading…</Text>
      </Container>
    )
  if (isError || !data)
    return (
      <Container>
        <Text className="text-ui-fg-error">{errorMessage(error)}</Text>
      </Container>
    )
  const s = data.subscription
  const currency = s.currency_code

  return (
    <div className="flex flex-col gap-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-3 px-6 py-4">
          <div className="flex items-center gap-3">
            <Heading level="h1">
              {s.product?.title ?? "Removed product"}
              {s.variant ? `, ${s.variant.title}` : ""}
            </Heading>
            <SubscriptionStatusBadge status={s.status} />
          </div>
          <SubscriptionActions subscription={s} />
        </div>
        <Field label="Customer">
          <Link className="text-ui-fg-interactive" to={`/customers/${s.customer_id}`}>
            {s.customer?.email ?? s.email}
          </Link>
          {customerName(s.customer) ? ` (${customerName(s.customer)})` : ""}
        </Field>
        <Field label="Quantity">{s.quantity}</Field>
        <Field label="Delivery every">{s.interval_days} days</Field>
        <Field label="Subscribe-and-save discount">{s.discount_percent}%</Field>
        <Field label="Next delivery">{s.status === "cancelled" ? "—" : formatDay(s.next_delivery_at)}</Field>
        <Field label="Next price">
          {s.next_price
            ? `${formatMoney(s.next_price.total, currency)} (${s.quantity} × ${formatMoney(s.next_price.unit_price, currency)}, saves ${formatMoney(s.next_price.savings_per_delivery, currency)})`
            : "Not available: the product no longer offers this subscription"}
        </Field>
        {s.status === "paused" && (
          <Field label="Paused">
            {s.pause_reason ? `${pauseReasonLabel(s.pause_reason)}, ` : ""}
            {s.paused_until ? `until ${formatDay(s.paused_until)}` : "until someone resumes it"}
          </Field>
        )}
        {s.status === "cancelled" && (
          <Field label="Cancelled">
            {formatDateTime(s.cancelled_at)}
            {s.cancel_reason ? `: ${cancelReasonLabel(s.cancel_reason)}` : ""}
            {s.cancel_comment ? ` "${s.cancel_comment}"` : ""}
          </Field>
        )}
        {(s.failed_attempts > 0 || s.last_failure_reason) && (
          <Field label="Failed renewals">
            {s.failed_attempts} in a row{s.last_failure_reason ? `; the last because ${s.last_failure_reason}` : ""}
            {s.next_retry_at ? `; next try ${formatDateTime(s.next_retry_at)}` : ""}
          </Field>
        )}
        <Field label="Payment">{paymentProviderLabel(s.payment_provider_id)}</Field>
        <Field label="Ships to">{address(s.delivery_address ?? s.shipping_address)}</Field>
        <Field label="Started">{formatDateTime(s.created_at)}</Field>
      </Container>
      <SubscriptionOrders orders={s.orders ?? []} currency={currency} />
      <RenewalAttempts renewals={s.renewals ?? []} />
      <SubscriptionActivity subscriptionId={s.id} />
    </div>
  )
}

export default SubscriptionDetailPage
