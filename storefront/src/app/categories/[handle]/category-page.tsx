import type { Metadata } from "next"
import { getCategoryByHandle } from "@/lib/data/categories"
import { nullIfNotFound, orNotFound } from "@/lib/data/errors"
import { catalogPath } from "@/lib/catalog"
import { listingPageMetadata } from "@/lib/seo"
import { CatalogPageView } from "@/app/catalog-page"

/**
 * One page of a category, shared by /categories/<handle> (page 1) and the address ?page=N is rewritten to
 * (next.config.ts), so every page is a cached render of its own without reading the query string.
 */
export async function categoryMetadata(handle: string, page: number): Promise<Metadata> {
  const category = await nullIfNotFound(getCategoryByHandle(handle))
  if (!category) return { title: "Category not found" }
  return listingPageMetadata(
    {
      title: category.name,
      description: category.description ?? `${category.name}: probiotics with named strains and guaranteed CFU counts.`,
      path: catalogPath(category),
    },
    page
  )
}

export async function CategoryPageView({ handle, page }: { handle: string; page: number }) {
  return <CatalogPageView category={await orNotFound(getCategoryByHandle(handle))} page={page} />
}
