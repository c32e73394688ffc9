import { Button, Container, Heading, Input, Label, Select, StatusBadge, Text, Textarea, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useRef, useState } from "react"
import { useNavigate } from "react-router-dom"
import { authorsApi, guidesApi } from "../client"
import { hasUnsavedChanges, publishBlockedBecause } from "../editor-state"
import { draftOf, EMPTY_DRAFT, slugify, toRequest } from "../guide-draft"
import type { Guide, GuideDraft } from "../types"
import { useGuideCompliance } from "../use-guide-compliance"
import { useLeaveGuard } from "../use-leave-guard"
import { CitationsEditor } from "./citations-editor"
import { GuideClaimsPanel } from "./claims-panel"
import { GuidePreview } from "./guide-preview"
import { LinkedProducts } from "./linked-products"
import { insertBlock, ProductCardPicker } from "./product-card-picker"

const NO_REVIEWER = "__none__"

/** Writes and edits a guide: form and citations on the left, compliance and preview on the right. */
export function GuideEditor({ guide }: { guide?: Guide }) {
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const prompt = usePrompt()
  const [draft, setDraft] = useState<GuideDraft>(guide ? draftOf(guide) : EMPTY_DRAFT)
  // What the backend last accepted, as sent; the form differs from it when there is something to lose.
  const [saved, setSaved] = useState<GuideDraft>(() => toRequest(guide ? draftOf(guide) : EMPTY_DRAFT))
  const unsaved = hasUnsavedChanges(saved, toRequest(draft))
  const leaving = useLeaveGuard(unsaved)
  const linkedHandles = guide?.products.map((p) => p.handle)
  const compliance = useGuideCompliance({ body: draft.body, citations: draft.citations, guideId: guide?.id, linkedHandles })
  const publishBlocked = publishBlockedBecause({
    body: draft.body,
    checking: compliance.isFetching || !compliance.current,
    failed: compliance.isError,
    report: compliance.data,
  })
  const [tagsText, setTagsText] = useState((guide?.tags ?? []).join(", "))
  const [slugTouched, setSlugTouched] = useState(Boolean(guide))
  const { data: authors } = useQuery({ queryKey: ["guide-authors"], queryFn: () => authorsApi.list() })
  const set = (patch: Partial<GuideDraft>) => setDraft((d) => ({ ...d, ...patch }))
  const bodyField = useRef<HTMLTextAreaElement>(null)
  const insertCard = (directive: string) => {
    const field = bodyField.current
    const { body, cursor } = insertBlock(draft.body, field?.selectionStart ?? draft.body.length, directive)
    set({ body })
    requestAnimationFrame(() => field?.setSelectionRange(cursor, cursor))
  }
  const refresh = (saved: Guide) => {
    queryClient.setQueryData(["guide", saved.id], { guide: saved })
    void queryClient.invalidateQueries({ queryKey: ["guides"] })
  }
  const fail = (e: Error) => toast.error("Not saved", { description: e.message })

  const save = useMutation({
    mutationFn: (sent: GuideDraft) => (guide ? guidesApi.update(guide.id, sent) : guidesApi.create(sent)),
    onSuccess: ({ guide: stored }, sent) => {
      refresh(stored)
      setSaved(sent)
      toast.success("Guide saved")
      if (!guide) {
        leaving.current = true
        navigate(`/guides/${stored.id}`)
      }
    },
    onError: fail,
  })
  const publish = useMutation({
    mutationFn: async ({ live, sent }: { live: boolean; sent: GuideDraft }) => {
      if (!guide) throw new Error("Save the guide first")
      await guidesApi.update(guide.id, sent)
      setSaved(sent)
      return live ? guidesApi.publish(guide.id) : guidesApi.unpublish(guide.id)
    },
    onSuccess: ({ guide: stored }) => {
      refresh(stored)
      toast.success(stored.status === "published" ? "Guide published" : "Guide moved back to drafts")
    },
    onError: (e: Error) => toast.error("Not published", { description: e.message }),
  })
  const remove = useMutation({
    mutationFn: () => guidesApi.remove(guide!.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["guides"] })
      leaving.current = true
      navigate("/guides")
    },
    onError: fail,
  })
  const confirmDelete = async () => {
    if (
      await prompt({
        title: "Delete this guide?",
        description: "It disappears from the store and from every product it is linked to.",
        confirmText: "Delete",
        cancelText: "Cancel",
      })
    ) {
      remove.mutate()
    }
  }

  const busy = save.isPending || publish.isPending || remove.isPending
  const publishing = guide?.status !== "published"
  return (
    <div className="flex flex-col gap-4">
      <Container className="flex items-center justify-between p-4">
        <div className="flex items-center gap-3">
          <Heading level="h1">{guide ? guide.title : "New guide"}</Heading>
          {guide && <StatusBadge color={guide.status === "published" ? "green" : "grey"}>{guide.status}</StatusBadge>}
          {unsaved && <StatusBadge color="orange">unsaved changes</StatusBadge>}
        </div>
        <div className="flex flex-col items-end gap-1">
          <div className="flex gap-2">
            {guide && (
              <Button variant="danger" size="small" disabled={busy} onClick={confirmDelete}>
                Delete
              </Button>
            )}
            <Button
              variant="secondary"
              size="small"
              isLoading={save.isPending}
              disabled={busy}
              onClick={() => save.mutate(toRequest(draft))}
            >
              Save
            </Button>
            {guide && (
              <Button
                size="small"
                isLoading={publish.isPending}
                disabled={busy || (publishing && publishBlocked !== null)}
                aria-describedby={publishing && publishBlocked ? "publish-blocked" : undefined}
                onClick={() => publish.mutate({ live: publishing, sent: toRequest(draft) })}
              >
                {publishing ? "Publish" : "Unpublish"}
              </Button>
            )}
          </div>
          {guide && publishing && publishBlocked && (
            <Text id="publish-blocked" size="xsmall" className="text-ui-fg-subtle max-w-[420px] text-right">
              {publishBlocked}
            </Text>
          )}
        </div>
      </Container>

      <div className="grid grid-cols-1 gap-4 xl:grid-cols-2">
        <div className="flex flex-col gap-4">
          <Container className="flex flex-col gap-3 p-4">
            <div>
              <Label size="small">Title</Label>
              <Input
                value={draft.title}
                onChange={(e) => set({ title: e.target.value, ...(slugTouched ? {} : { slug: slugify(e.target.value) }) })}
              />
            </div>
            <div>
              <Label size="small">Slug</Label>
              <Input
                value={draft.slug}
                onChange={(e) => {
                  setSlugTouched(true)
                  set({ slug: e.target.value })
                }}
              />
            </div>
            <div>
              <Label size="small">Summary</Label>
              <Textarea rows={2} value={draft.summary} onChange={(e) => set({ summary: e.target.value })} />
            </div>
            <div className="grid grid-cols-2 gap-3">
              <div>
                <Label size="small">Author</Label>
                <Select value={draft.author_id || undefined} onValueChange={(author_id) => set({ author_id })}>
                  <Select.Trigger>
                    <Select.Value placeholder="Choose the author" />
                  </Select.Trigger>
                  <Select.Content>
                    {(authors?.guide_authors ?? []).map((a) => (
                      <Select.Item key={a.id} value={a.id}>
                        {a.name}, {a.credentials}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </div>
              <div>
                <Label size="small">Medical/scientific reviewer</Label>
                <Select value={draft.reviewer_id ?? NO_REVIEWER} onValueChange={(v) => set({ reviewer_id: v === NO_REVIEWER ? null : v })}>
                  <Select.Trigger>
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    <Select.Item value={NO_REVIEWER}>No reviewer</Select.Item>
                    {(authors?.guide_authors ?? []).map((a) => (
                      <Select.Item key={a.id} value={a.id}>
                        {a.name}, {a.credentials}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </div>
            </div>
            <div className="grid grid-cols-2 gap-3">
              <div>
                <Label size="small">Tags (comma separated)</Label>
                <Input
                  value={tagsText}
                  onChange={(e) => {
                    setTagsText(e.target.value)
                    set({
                      tags: e.target.value
                        .split(",")
                        .map((t) => t.trim().toLowerCase())
                        .filter(Boolean),
                    })
                  }}
                />
              </div>
              <div>
                <Label size="small">Hero image URL</Label>
                <Input value={draft.hero_image_url ?? ""} onChange={(e) => set({ hero_image_url: e.target.value })} />
              </div>
            </div>
            <div>
              <Label size="small">
                Body (Markdown; cite with [^1], mark claims about a product with *, show a product with ::product{"{"}handle="…"{"}"})
              </Label>
              <Textarea
                ref={bodyField}
                className="min-h-[420px] font-mono text-xs"
                value={draft.body}
                onChange={(e) => set({ body: e.target.value })}
              />
              {guide && <ProductCardPicker products={guide.products} onInsert={insertCard} />}
              <Text size="xsmall" className="text-ui-fg-subtle mt-1">
                Education may discuss conditions and research; it must never say a product treats, cures or prevents a disease.
              </Text>
            </div>
          </Container>
          <Container className="flex flex-col gap-3 p-4">
            <Heading level="h2">Citations</Heading>
            <CitationsEditor citations={draft.citations} onChange={(citations) => set({ citations })} />
          </Container>
          {guide && <LinkedProducts guideId={guide.id} products={guide.products} />}
        </div>
        <div className="flex flex-col gap-4">
          <GuideClaimsPanel body={draft.body} citations={draft.citations} guideId={guide?.id} linkedHandles={linkedHandles} />
          <GuidePreview
            title={draft.title}
            summary={draft.summary}
            body={draft.body}
            citations={draft.citations}
            products={guide?.products ?? []}
          />
        </div>
      </div>
    </div>
  )
}
