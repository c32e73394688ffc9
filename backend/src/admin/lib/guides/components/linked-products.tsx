import { StarSolid, Trash } from "@medusajs/icons"
import { Badge, Button, Container, Heading, IconButton, Input, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { guidesApi, productsApi } from "../client"
import type { LinkedProduct } from "../types"
import { useDebounced } from "../use-debounced"

/** From the guide's side: the products it is linked to, which of them feature it first, and adding more. */
export function LinkedProducts({ guideId, products }: { guideId: string; products: LinkedProduct[] }) {
  const queryClient = useQueryClient()
  const [search, setSearch] = useState("")
  const q = useDebounced(search, 300)
  const { data: found } = useQuery({ queryKey: ["guide-product-search", q], queryFn: () => productsApi.search(q), enabled: q.trim().length > 1 })
  const linked = new Set(products.map((p) => p.id))

  const change = useMutation({
    mutationFn: (body: Parameters<typeof guidesApi.linkProducts>[1]) => guidesApi.linkProducts(guideId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["guide", guideId] }),
    onError: (e: Error) => toast.error(e.message),
  })

  return (
    <Container className="flex flex-col gap-3 p-4">
      <Heading level="h2">Linked products</Heading>
      {products.length === 0 && <Text size="small" className="text-ui-fg-subtle">Not linked to any product yet.</Text>}
      <ul className="flex flex-col gap-1">
        {products.map((p) => (
          <li key={p.id} className="flex items-center justify-between gap-2">
            <div className="flex items-center gap-2">
              <Text size="small">{p.title}</Text>
              {p.is_primary && <Badge size="2xsmall" color="green">primary guide</Badge>}
            </div>
            <div className="flex gap-1">
              {!p.is_primary && (
                <IconButton size="small" variant="transparent" aria-label="Make this the product's primary guide"
                  onClick={() => change.mutate({ add: [{ product_id: p.id, is_primary: true }] })}>
                  <StarSolid />
                </IconButton>
              )}
              <IconButton size="small" variant="transparent" aria-label="Unlink" onClick={() => change.mutate({ remove: [p.id] })}>
                <Trash />
              </IconButton>
            </div>
          </li>
        ))}
      </ul>
      <Input size="small" placeholder="Search products to link…" value={search} onChange={(e) => setSearch(e.target.value)} />
      {(found?.products ?? []).filter((p) => !linked.has(p.id)).map((p) => (
        <div key={p.id} className="flex items-center justify-between">
          <Text size="small">{p.title}</Text>
          <Button size="small" variant="secondary" onClick={() => change.mutate({ add: [{ product_id: p.id }] })}>Link</Button>
        </div>
      ))}
    </Container>
  )
}
