import { Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatDateTime, formatDay, formatMoney, renewalFailureLabel, renewalStatusLabel, renewalTriggerLabel } from "../format"
import type { RenewalAttempt, SubscriptionOrder } from "../types"

/** The checkout order and every renewal order, newest first, each linking to Medusa's order page. */
export const SubscriptionOrders = ({ orders, currency }: { orders: SubscriptionOrder[]; currency: string }) => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading level="h2">Orders</Heading>
    </div>
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Order</Table.HeaderCell>
          <Table.HeaderCell>Placed</Table.HeaderCell>
          <Table.HeaderCell>Status</Table.HeaderCell>
          <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {orders.map((o) => (
          <Table.Row key={o.id}>
            <Table.Cell>
              <Link className="text-ui-fg-interactive" to={`/orders/${o.id}`}>
                #{o.display_id}
              </Link>
            </Table.Cell>
            <Table.Cell>{formatDateTime(o.created_at)}</Table.Cell>
            <Table.Cell className="capitalize">{o.status.replace(/_/g, " ")}</Table.Cell>
            <Table.Cell className="text-right">{formatMoney(o.total, currency)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
    {orders.length === 0 && <Text className="text-ui-fg-subtle px-6 py-4">No orders yet.</Text>}
  </Container>
)

const ATTEMPT_COLOR = { succeeded: "green", failed: "red", processing: "orange" } as const

/** Every renewal attempt (the payment attempts), newest first, with why a failed one failed. */
export const RenewalAttempts = ({ renewals }: { renewals: RenewalAttempt[] }) => (
  <Container className="divide-y p-0">
    <div className="px-6 py-4">
      <Heading level="h2">Renewal attempts</Heading>
    </div>
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>When</Table.HeaderCell>
          <Table.HeaderCell>Delivery</Table.HeaderCell>
          <Table.HeaderCell>Attempt</Table.HeaderCell>
          <Table.HeaderCell>Trigger</Table.HeaderCell>
          <Table.HeaderCell>Result</Table.HeaderCell>
          <Table.HeaderCell>Details</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {renewals.map((r) => (
          <Table.Row key={r.id}>
            <Table.Cell>{formatDateTime(r.created_at)}</Table.Cell>
            <Table.Cell>{formatDay(r.scheduled_for)}</Table.Cell>
            <Table.Cell>{r.attempt}</Table.Cell>
            <Table.Cell>{renewalTriggerLabel(r.trigger)}</Table.Cell>
            <Table.Cell>
              <StatusBadge color={ATTEMPT_COLOR[r.status]}>{renewalStatusLabel(r.status)}</StatusBadge>
            </Table.Cell>
            <Table.Cell>
              {r.order_id ? (
                <Link className="text-ui-fg-interactive" to={`/orders/${r.order_id}`}>
                  View order
                </Link>
              ) : (
                <span className="text-ui-fg-subtle">{r.failure_reason ?? (r.failure_code ? renewalFailureLabel(r.failure_code) : "")}</span>
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
    {renewals.length === 0 && <Text className="text-ui-fg-subtle px-6 py-4">No renewals attempted yet.</Text>}
  </Container>
)
