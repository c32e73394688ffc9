import type { MetadataRoute } from "next"
import { listCategories } from "@/lib/data/categories"
import { orFallback } from "@/lib/data/errors"
import { listGuides } from "@/lib/data/guides"
import { listProductPage } from "@/lib/data/products"
import { collectAllPages } from "@/lib/paging"
import { absoluteUrl } from "@/lib/seo"

// The largest pages the backend routes hand out (the guides route caps at 50).
const PRODUCTS_PER_REQUEST = 100
const GUIDES_PER_REQUEST = 50

const allProducts = () =>
  collectAllPages(async (offset, limit) => {
    const { products, count } = await listProductPage({ offset, limit })
    return { items: products, count }
  }, PRODUCTS_PER_REQUEST)

const allGuides = () =>
  collectAllPages(async (offset, limit) => {
    const { guides, count } = await listGuides({ offset, limit })
    return { items: guides, count }
  }, GUIDES_PER_REQUEST)

// Built per request from the live catalog (each fetch is cached by tag), so the build needs no backend.
export const dynamic = "force-dynamic"

/** sitemap.xml: the shop's public pages, every product, category and published guide. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [products, categories, guides] = await Promise.all([
    orFallback(allProducts(), [], "products in the sitemap"),
    orFallback(listCategories(), [], "categories in the sitemap"),
    orFallback(allGuides(), [], "guides in the sitemap"),
  ])
  return [
    { url: absoluteUrl("/"), changeFrequency: "weekly", priority: 1 },
    { url: absoluteUrl("/store"), changeFrequency: "weekly", priority: 0.9 },
    { url: absoluteUrl("/guides"), changeFrequency: "weekly", priority: 0.8 },
    { url: absoluteUrl("/policies"), changeFrequency: "yearly", priority: 0.2 },
    ...products.map((p) => ({ url: absoluteUrl(`/products/${p.handle}`), changeFrequency: "weekly" as const, priority: 0.9 })),
    ...categories.map((c) => ({ url: absoluteUrl(`/categories/${c.handle}`), changeFrequency: "weekly" as const, priority: 0.7 })),
    ...guides.map((g) => ({
      url: absoluteUrl(`/guides/${g.slug}`),
      lastModified: g.updatedAt ?? g.publishedAt ?? undefined,
      changeFrequency: "monthly" as const,
      priority: 0.7,
    })),
  ]
}
