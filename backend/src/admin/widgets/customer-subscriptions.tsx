import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link } from "react-router-dom"
import { subscriptionsApi } from "../lib/subscriptions/client"
import { SubscriptionStatusBadge } from "../lib/subscriptions/components/subscription-status"
import { errorMessage, formatDay } from "../lib/subscriptions/format"

/** On a customer's page: their subscriptions, each linking to its detail page. */
const CustomerSubscriptionsWidget = ({ data: customer }: DetailWidgetProps<HttpTypes.AdminCustomer>) => {
  const { data, isLoading, isError, error } = useQuery({
    queryKey: ["subscriptions", { customer_id: customer.id }],
    queryFn: () => subscriptionsApi.list({ customer_id: customer.id, limit: 50 }),
  })
  const subscriptions = data?.subscriptions ?? []

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
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Product</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Every</Table.HeaderCell>
              <Table.HeaderCell>Next delivery</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {subscriptions.map((s) => (
              <Table.Row key={s.id}>
                <Table.Cell>
                  <Link className="text-ui-fg-interactive" to={`/subscriptions/${s.id}`}>
                    {s.quantity} × {s.product?.title ?? "Removed product"}
                    {s.variant ? `, ${s.variant.title}` : ""}
                  </Link>
                </Table.Cell>
                <Table.Cell>
                  <SubscriptionStatusBadge status={s.status} />
                </Table.Cell>
                <Table.Cell>{s.interval_days} days</Table.Cell>
                <Table.Cell>{s.status === "cancelled" ? "—" : formatDay(s.next_delivery_at)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerSubscriptionsWidget
