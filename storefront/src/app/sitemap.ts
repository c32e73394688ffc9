import type { MetadataRoute } from "next"
import { listCategories } from "@/lib/data/categories"
import { orFallback } from "@/lib/data/errors"
import { listGuides } from "@/lib/data/guides"
import { listProducts } from "@/lib/data/products"
import { absoluteUrl } from "@/lib/seo"

// Built per request from the live catalog (each fetch is cached by tag), so the build needs no backend.
export const dynamic = "force-dynamic"

/** sitemap.xml: the shop's public pages, every product, category and published guide. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [products, categories, guides] = await Promise.all([
    orFallback(listProducts(), [], "products in the sitemap"),
    orFallback(listCategories(), [], "categories in the sitemap"),
    orFallback(listGuides({ limit: 50 }), { guides: [], count: 0 }, "guides in the sitemap"),
  ])
  return [
    { url: absoluteUrl("/"), changeFrequency: "weekly", priority: 1 },
    { url: absoluteUrl("/store"), changeFrequency: "weekly", priority: 0.9 },
    { url: absoluteUrl("/guides"), changeFrequency: "weekly", priority: 0.8 },
    { url: absoluteUrl("/policies"), changeFrequency: "yearly", priority: 0.2 },
    ...products.map((p) => ({ url: absoluteUrl(`/products/${p.handle}`), changeFrequency: "weekly" as const, priority: 0.9 })),
    ...categories.map((c) => ({ url: absoluteUrl(`/categories/${c.handle}`), changeFrequency: "weekly" as const, priority: 0.7 })),
    ...guides.guides.map((g) => ({
      url: absoluteUrl(`/guides/${g.slug}`),
      lastModified: g.updatedAt ?? g.publishedAt ?? undefined,
      changeFrequency: "monthly" as const,
      priority: 0.7,
    })),
  ]
}
