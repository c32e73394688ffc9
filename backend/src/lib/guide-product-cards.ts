import { productCardHandles, type ProductForCards } from "@biome/shared"
import type { RemoteQueryFunction } from "@medusajs/framework/types"
import GuideProductLink from "../links/guide-product"

type Query = Omit<RemoteQueryFunction, symbol>

interface LinkRow {
  product?: { handle: string; title: string; status: string } | null
}

/**
 * What the compliance check needs about products: the guide's linked products (their names count as the
 * product speaking) and every product a card in the body names, published or not, linked or not.
 */
export async function productsForCards(query: Query, body: string, guideId?: string | null): Promise<ProductForCards[]> {
  const { data: links } = guideId
    ? await query.graph({
        entity: GuideProductLink.entryPoint,
        fields: ["product.handle", "product.title", "product.status"],
        filters: { guide_id: guideId },
      })
    : { data: [] }
  const products = new Map<string, ProductForCards>()
  for (const { product } of links as LinkRow[]) {
    if (product) products.set(product.handle, { handle: product.handle, title: product.title, status: product.status, linked: true })
  }
  const named = productCardHandles(body).filter((handle) => !products.has(handle))
  if (named.length > 0) {
    const { data } = await query.graph({ entity: "product", fields: ["handle", "title", "status"], filters: { handle: named } })
    for (const p of data as { handle: string; title: string; status: string }[]) products.set(p.handle, { ...p, linked: false })
  }
  return [...products.values()]
}
