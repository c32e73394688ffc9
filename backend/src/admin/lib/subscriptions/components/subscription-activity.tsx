import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { describeActivity, type SubscriptionActivityActorType } from "@biome/shared"
import { subscriptionsApi } from "../client"
import { errorMessage, formatDateTime } from "../format"
import { Pager } from "../../components/pager"

const PAGE_SIZE = 20
const ACTOR_COLOR: Record<SubscriptionActivityActorType, "blue" | "purple" | "grey"> = { customer: "blue", admin: "purple", system: "grey" }

/** The query key of a subscription's timeline; admin actions invalidate it so the newest entry shows at once. */
export const activityQueryKey = (id: string) => ["subscription", id, "activity"] as const

/** Who did what and when: the customer's changes, admins' actions, renewals and emails, newest first. */
export const SubscriptionActivity = ({ subscriptionId }: { subscriptionId: string }) => {
  const [page, setPage] = useState(0)
  const { data, isLoading, isError, error } = useQuery({
    queryKey: [...activityQueryKey(subscriptionId), page],
    queryFn: () => subscriptionsApi.activity(subscriptionId, { limit: PAGE_SIZE, offset: page * PAGE_SIZE }),
    placeholderData: keepPreviousData,
  })
  const count = data?.count ?? 0

  return (
    <Container className="divide-y p-0" data-testid="subscription-activity">
      <div className="px-6 py-4">
        <Heading level="h2">Activity</Heading>
      </div>
      {isError && <Text className="text-ui-fg-error px-6 py-4">{errorMessage(error)}</Text>}
      {isLoading && <Text className="text-ui-fg-subtle px-6 py-4">Loading…</Text>}
      {data && data.activity.length > 0 && (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>When</Table.HeaderCell>
                <Table.HeaderCell>Who</Table.HeaderCell>
                <Table.HeaderCell>What</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.activity.map((entry) => (
                <Table.Row key={entry.id}>
                  <Table.Cell className="whitespace-nowrap">{formatDateTime(entry.occurred_at)}</Table.Cell>
                  <Table.Cell>
                    <Badge size="2xsmall" color={ACTOR_COLOR[entry.actor_type]}>
                      {entry.actor_label}
                    </Badge>
                  </Table.Cell>
                  <Table.Cell className="whitespace-normal py-2">{describeActivity(entry)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Pager count={count} pageSize={PAGE_SIZE} page={page} setPage={setPage} />
        </>
      )}
      {data && data.activity.length === 0 && <Text className="text-ui-fg-subtle px-6 py-4">Nothing has happened yet.</Text>}
    </Container>
  )
}
