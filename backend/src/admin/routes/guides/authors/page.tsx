import {
  Button,
  Container,
  createDataTableColumnHelper,
  DataTable,
  Heading,
  Input,
  Label,
  Text,
  Textarea,
  toast,
  useDataTable,
} from "@medusajs/ui"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { emptyText, useServerPagination } from "@/admin/lib/components/data-table"
import { authorsApi } from "@/admin/lib/guides/client"
import type { GuideAuthor } from "@/admin/lib/guides/types"

const PAGE_SIZE = 20
const column = createDataTableColumnHelper<GuideAuthor>()

type AuthorForm = Omit<GuideAuthor, "id">
const EMPTY: AuthorForm = { name: "", credentials: "", bio: "", photo_url: null }

/** Writers and medical/scientific reviewers whose names and credentials appear on guides. */
const GuideAuthorsPage = () => {
  const queryClient = useQueryClient()
  const { pagination, page } = useServerPagination(PAGE_SIZE)
  const { data, isLoading } = useQuery({
    queryKey: ["guide-authors", page],
    queryFn: () => authorsApi.list(page),
    placeholderData: keepPreviousData,
  })
  const [editing, setEditing] = useState<string | null>(null)
  const [form, setForm] = useState<AuthorForm>(EMPTY)
  const done = (message: string) => {
    toast.success(message)
    setEditing(null)
    setForm(EMPTY)
    void queryClient.invalidateQueries({ queryKey: ["guide-authors"] })
  }
  const save = useMutation({
    mutationFn: () => {
      const body = { ...form, photo_url: form.photo_url?.trim() ? form.photo_url.trim() : null }
      return editing ? authorsApi.update(editing, body) : authorsApi.create(body)
    },
    onSuccess: () => done("Author saved"),
    onError: (e: Error) => toast.error("Not saved", { description: e.message }),
  })
  const remove = useMutation({
    mutationFn: (id: string) => authorsApi.remove(id),
    onSuccess: () => done("Author removed"),
    onError: (e: Error) => toast.error("Not removed", { description: e.message }),
  })
  const columns = [
    column.accessor("name", { header: "Name" }),
    column.accessor("credentials", { header: "Credentials" }),
    column.display({
      id: "edit",
      cell: ({ row }) => (
        <div className="flex justify-end gap-2">
          <Button
            size="small"
            variant="transparent"
            onClick={() => {
              const a = row.original
              setEditing(a.id)
              setForm({ name: a.name, credentials: a.credentials, bio: a.bio, photo_url: a.photo_url })
            }}
          >
            Edit
          </Button>
          <Button size="small" variant="transparent" onClick={() => remove.mutate(row.original.id)}>
            Remove
          </Button>
        </div>
      ),
    }),
  ]
  const table = useDataTable({
    columns,
    data: data?.guide_authors ?? [],
    getRowId: (a) => a.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination,
  })

  return (
    <div className="flex flex-col gap-4">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <Heading level="h1">Guide authors</Heading>
          <Button size="small" variant="secondary" asChild>
            <Link to="/guides">Back to guides</Link>
          </Button>
        </div>
        <DataTable instance={table}>
          <DataTable.Table emptyState={emptyText("No authors yet.")} />
          <DataTable.Pagination />
        </DataTable>
      </Container>
      <Container className="flex flex-col gap-3 p-4">
        <Heading level="h2">{editing ? "Edit author" : "Add an author"}</Heading>
        <div className="grid grid-cols-2 gap-3">
          <div>
            <Label size="small">Name</Label>
            <Input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
          </div>
          <div>
            <Label size="small">Credentials</Label>
            <Input placeholder="MSc, RD" value={form.credentials} onChange={(e) => setForm({ ...form, credentials: e.target.value })} />
          </div>
        </div>
        <div>
          <Label size="small">Bio</Label>
          <Textarea rows={3} value={form.bio} onChange={(e) => setForm({ ...form, bio: e.target.value })} />
        </div>
        <div>
          <Label size="small">Photo URL</Label>
          <Input value={form.photo_url ?? ""} onChange={(e) => setForm({ ...form, photo_url: e.target.value })} />
        </div>
        <div className="flex gap-2">
          <Button size="small" isLoading={save.isPending} onClick={() => save.mutate()}>
            {editing ? "Save changes" : "Add author"}
          </Button>
          {editing && (
            <Button
              size="small"
              variant="secondary"
              onClick={() => {
                setEditing(null)
                setForm(EMPTY)
              }}
            >
              Cancel
            </Button>
          )}
        </div>
        <Text size="xsmall" className="text-ui-fg-subtle">
          An author who wrote or reviewed a guide cannot be removed until those guides name someone else.
        </Text>
      </Container>
    </div>
  )
}

export default GuideAuthorsPage
