import { StarSolid, Trash } from "@medusajs/icons"
import { Badge, Button, Container, Heading, IconButton, Input, Text, toast, usePrompt } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { guidesApi, productsApi } from "../client"
import type { LinkedProduct } from "../types"
import { useDebounced } from "../use-debounced"

/** From the guide's side: the products it is linked to, which of them feature it first, and adding more. */
export function LinkedProducts({ guideId, products }: { guideId: string; products: LinkedProduct[] }) {
  const queryClient = useQueryClient()
  const prompt = usePrompt()
  const [search, setSearch] = useState("")
  const q = useDebounced(search, 300)
  const { data: found } = useQuery({
    queryKey: ["guide-product-search", q],
    queryFn: () => productsApi.search(q),
    enabled: q.trim().length > 1,
  })
  const linked = new Set(products.map((p) => p.id))

  const change = useMutation({
    mutationFn: ({ body }: { body: Parameters<typeof guidesApi.linkProducts>[1]; done: string }) => guidesApi.linkProducts(guideId, body),
    onSuccess: async (_, { done }) => {
      await queryClient.invalidateQueries({ queryKey: ["guide", guideId] })
      toast.success(done)
    },
    onError: (e: Error) => toast.error("Links not changed", { description: e.message }),
  })
  const unlink = async (p: LinkedProduct) => {
    const sure = await prompt({
      title: `Unlink ${p.title}?`,
      description: `This guide will no longer show on ${p.title}'s page${p.is_primary ? ", where it is the primary guide" : ""}.`,
      confirmText: "Unlink",
      cancelText: "Keep",
    })
    if (sure) change.mutate({ body: { remove: [p.id] }, done: `Unlinked from ${p.title}` })
  }

  return (
    <Container className="flex flex-col gap-3 p-4">
      <Heading level="h2">Linked products</Heading>
      {products.length === 0 && (
        <Text size="small" className="text-ui-fg-subtle">
          Not linked to any product yet.
        </Text>
      )}
      <ul className="flex flex-col gap-1">
        {products.map((p) => (
          <li
            key={p.id}
            className={`flex items-center justify-between gap-2 rounded-md px-2 py-1 ${p.is_primary ? "bg-ui-tag-green-bg" : ""}`}
          >
            <div className="flex items-center gap-2">
              {p.is_primary && <StarSolid className="text-ui-tag-green-icon" aria-hidden />}
              <Text size="small" weight={p.is_primary ? "plus" : "regular"}>
                {p.title}
              </Text>
              {p.is_primary && (
                <Badge size="2xsmall" color="green">
                  primary guide of this product
                </Badge>
              )}
            </div>
            <div className="flex gap-1">
              {!p.is_primary && (
                <IconButton
                  size="small"
                  variant="transparent"
                  aria-label="Make this the product's primary guide"
                  disabled={change.isPending}
                  onClick={() =>
                    change.mutate({ body: { add: [{ product_id: p.id, is_primary: true }] }, done: `Now the primary guide of ${p.title}` })
                  }
                >
                  <StarSolid />
                </IconButton>
              )}
              <IconButton
                size="small"
                variant="transparent"
                aria-label={`Unlink ${p.title}`}
                disabled={change.isPending}
                onClick={() => void unlink(p)}
              >
                <Trash />
              </IconButton>
            </div>
          </li>
        ))}
      </ul>
      <Input size="small" placeholder="Search products to link…" value={search} onChange={(e) => setSearch(e.target.value)} />
      {(found?.products ?? [])
        .filter((p) => !linked.has(p.id))
        .map((p) => (
          <div key={p.id} className="flex items-center justify-between">
            <Text size="small">{p.title}</Text>
            <Button
              size="small"
              variant="secondary"
              disabled={change.isPending}
              onClick={() => change.mutate({ body: { add: [{ product_id: p.id }] }, done: `Linked to ${p.title}` })}
            >
              Link
            </Button>
          </div>
        ))}
    </Container>
  )
}
