import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { ArrowDownMini, ArrowUpMini, StarSolid, Trash } from "@medusajs/icons"
import { Badge, Button, Container, Heading, IconButton, Select, StatusBadge, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { claimsApi, guidesApi, productGuidesApi } from "../lib/guides/client"
import { ClaimFindings, DisclaimerBox } from "../lib/guides/components/claims-panel"
import { linkableGuides, moveBy } from "../lib/guides/editor-state"
import type { ProductGuide } from "../lib/guides/types"

type Choice = { guide_id: string; is_primary: boolean }

const choices = (guides: ProductGuide[]): Choice[] => guides.map(({ guide_id, is_primary }) => ({ guide_id, is_primary }))

/** The claims check on the product's own copy, so the team sees what the save would refuse. */
function ProductCopyCheck({ product }: { product: AdminProduct }) {
  const text = [product.title, product.subtitle, product.description].filter(Boolean).join("\n\n")
  const { data } = useQuery({ queryKey: ["product-copy-claims", product.id, text], queryFn: () => claimsApi.check(text, "product") })
  if (!data) return null
  return (
    <div className="flex flex-col gap-2 px-6 py-4">
      <div className="flex items-center gap-2">
        <Text size="small" weight="plus">
          Claims check of the product copy
        </Text>
        <Badge size="2xsmall" color={data.ok ? "green" : "red"}>
          {data.ok ? "lawful" : "needs changes"}
        </Badge>
      </div>
      <ClaimFindings findings={data.findings} />
      <DisclaimerBox check={data} />
    </div>
  )
}

/** On the product page: the guides shown with this product, their order, the primary guide, adding and unlinking. */
const ProductGuidesWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const queryClient = useQueryClient()
  const key = ["product-guides", product.id]
  const { data, isLoading } = useQuery({ queryKey: key, queryFn: () => productGuidesApi.list(product.id) })
  const { data: published } = useQuery({
    queryKey: ["guides", "published"],
    queryFn: () => guidesApi.list({ status: "published", limit: 100 }),
  })
  const [adding, setAdding] = useState<string | undefined>(undefined)
  const guides = data?.guides ?? []

  // Each change says what it did; `undo` is the list to go back to, offered on the toast.
  const save = useMutation({
    mutationFn: ({ next }: { next: Choice[]; done: string; undo?: Choice[] }) => productGuidesApi.replace(product.id, next),
    onSuccess: (result, { done, undo }) => {
      queryClient.setQueryData(key, result)
      const restore = (guides: Choice[]) =>
        productGuidesApi.replace(product.id, guides).then(
          (restored) => {
            queryClient.setQueryData(key, restored)
            toast.success("Guide linked again")
          },
          (e: Error) => toast.error("Guide not linked again", { description: e.message })
        )
      toast.success(done, undo ? { action: { label: "Undo", altText: "Undo the unlinking", onClick: () => void restore(undo) } } : {})
    },
    onError: (e: Error) => toast.error("Guides not saved", { description: e.message }),
  })
  const current = choices(guides)
  const titleOf = (guideId: string) => guides.find((g) => g.guide_id === guideId)?.title ?? "Guide"
  const move = (i: number, by: -1 | 1) =>
    save.mutate({
      next: moveBy(current, i, by),
      done: `${titleOf(current[i]!.guide_id)} moved ${by < 0 ? "up" : "down"} to place ${i + by + 1}`,
    })
  const makePrimary = (guideId: string) =>
    save.mutate({
      next: current.map((c) => ({ ...c, is_primary: c.guide_id === guideId })),
      done: `${titleOf(guideId)} is now the primary guide`,
    })
  const unlink = (guideId: string) =>
    save.mutate({ next: current.filter((c) => c.guide_id !== guideId), done: `${titleOf(guideId)} unlinked`, undo: current })
  const linkable = linkableGuides(
    published?.guides ?? [],
    guides.map((g) => g.guide_id)
  )
  const add = () => {
    if (!adding) return
    const title = linkable.find((g) => g.id === adding)?.title ?? "Guide"
    save.mutate({ next: [...current, { guide_id: adding, is_primary: current.length === 0 }], done: `${title} linked` })
    setAdding(undefined)
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Guides</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Shown on the product page in this order; the primary guide (★) is featured.
        </Text>
      </div>
      <div className="flex flex-col gap-2 px-6 py-4">
        {isLoading && <Text size="small">Loading…</Text>}
        {!isLoading && guides.length === 0 && (
          <Text size="small" className="text-ui-fg-subtle">
            No guides linked yet.
          </Text>
        )}
        {guides.map((g, i) => (
          <div
            key={g.guide_id}
            className={`flex items-center justify-between gap-2 rounded-md px-2 py-1 ${g.is_primary ? "bg-ui-tag-green-bg" : ""}`}
          >
            <div className="flex items-center gap-2">
              <Text size="small" className="text-ui-fg-muted w-5">
                {i + 1}.
              </Text>
              {g.is_primary && <StarSolid className="text-ui-tag-green-icon" aria-hidden />}
              <Link to={`/guides/${g.guide_id}`} className={`text-ui-fg-interactive text-sm ${g.is_primary ? "font-medium" : ""}`}>
                {g.title}
              </Link>
              <StatusBadge color={g.status === "published" ? "green" : "grey"}>{g.status}</StatusBadge>
              {g.is_primary && (
                <Badge size="2xsmall" color="green">
                  primary guide
                </Badge>
              )}
            </div>
            <div className="flex gap-1">
              <IconButton
                size="small"
                variant="transparent"
                aria-label="Move up"
                disabled={i === 0 || save.isPending}
                onClick={() => move(i, -1)}
              >
                <ArrowUpMini />
              </IconButton>
              <IconButton
                size="small"
                variant="transparent"
                aria-label="Move down"
                disabled={i === guides.length - 1 || save.isPending}
                onClick={() => move(i, 1)}
              >
                <ArrowDownMini />
              </IconButton>
              <IconButton
                size="small"
                variant="transparent"
                aria-label="Make primary"
                disabled={g.is_primary || save.isPending}
                onClick={() => makePrimary(g.guide_id)}
              >
                <StarSolid />
              </IconButton>
              <IconButton
                size="small"
                variant="transparent"
                aria-label={`Unlink ${g.title}`}
                disabled={save.isPending}
                onClick={() => unlink(g.guide_id)}
              >
                <Trash />
              </IconButton>
            </div>
          </div>
        ))}
        <div className="mt-2 flex gap-2">
          <Select size="small" value={adding} onValueChange={setAdding}>
            <Select.Trigger>
              <Select.Value placeholder={linkable.length ? "Link a published guide…" : "No published guide left to link"} />
            </Select.Trigger>
            <Select.Content>
              {linkable.map((g) => (
                <Select.Item key={g.id} value={g.id}>
                  {g.title}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
          <Button size="small" variant="secondary" disabled={!adding || save.isPending} onClick={add}>
            Link
          </Button>
        </div>
      </div>
      <ProductCopyCheck product={product} />
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductGuidesWidget
