import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BookOpen } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Select, StatusBadge, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { guidesApi } from "../../lib/guides/client"
import type { GuideStatus } from "../../lib/guides/types"
import { useDebounced } from "../../lib/guides/use-debounced"

const ALL = "all"

/** The content team's list of guides: status, tags and how many products each guide is linked to. */
const GuidesPage = () => {
  const navigate = useNavigate()
  const [search, setSearch] = useState("")
  const [status, setStatus] = useState<GuideStatus | typeof ALL>(ALL)
  const q = useDebounced(search, 300)
  const { data, isLoading, isError, error } = useQuery({
    queryKey: ["guides", q, status],
    queryFn: () => guidesApi.list({ ...(q ? { q } : {}), ...(status === ALL ? {} : { status }) }),
    placeholderData: keepPreviousData,
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
      <div className="flex gap-2 px-6 py-3">
        <Input
          size="small"
          type="search"
          placeholder="Search by title or slug"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <Select size="small" value={status} onValueChange={(v) => setStatus(v as GuideStatus | typeof ALL)}>
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
      {isError && <Text className="text-ui-fg-error px-6 py-4">{(error as Error).message}</Text>}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Title</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Tags</Table.HeaderCell>
            <Table.HeaderCell>Products</Table.HeaderCell>
            <Table.HeaderCell>Author</Table.HeaderCell>
            <Table.HeaderCell>Updated</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(data?.guides ?? []).map((g) => (
            <Table.Row key={g.id} className="cursor-pointer" onClick={() => navigate(`/guides/${g.id}`)}>
              <Table.Cell>{g.title}</Table.Cell>
              <Table.Cell>
                <StatusBadge color={g.status === "published" ? "green" : "grey"}>{g.status}</StatusBadge>
              </Table.Cell>
              <Table.Cell>
                <div className="flex flex-wrap gap-1">
                  {g.tags.map((t) => (
                    <Badge key={t} size="2xsmall">
                      {t}
                    </Badge>
                  ))}
                </div>
              </Table.Cell>
              <Table.Cell>{g.product_count}</Table.Cell>
              <Table.Cell>{g.author?.name ?? "—"}</Table.Cell>
              <Table.Cell>{new Date(g.updated_at).toLocaleDateString()}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {!isLoading && data?.guides.length === 0 && <Text className="text-ui-fg-subtle px-6 py-4">No guides match.</Text>}
      {data && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-3">
          {data.count} guide{data.count === 1 ? "" : "s"}
        </Text>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Guides", icon: BookOpen })

export default GuidesPage
