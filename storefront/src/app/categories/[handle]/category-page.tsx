import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getCategoryByHandle, listCategories } from "@/lib/data/categories"
import { nullIfNotFound, orFallback, orNotFound } from "@/lib/data/errors"
import { listProductPage } from "@/lib/data/products"
import { CATEGORY_PAGE_SIZE, pageCount, pageHref, pageOffset } from "@/lib/paging"
import { pageMetadata } from "@/lib/seo"
import { CatalogTemplate } from "@/modules/products/templates/catalog-template"

/**
 * One page of a category, shared by /categories/<handle> (page 1) and the address ?page=N is rewritten to
 * (next.config.ts), so every page is a cached render of its own without reading the query string.
 */
export async function categoryMetadata(handle: string, page: number): Promise<Metadata> {
  const category = await nullIfNotFound(getCategoryByHandle(handle))
  if (!category) return { title: "Category not found" }
  return pageMetadata({
    title: page > 1 ? `${category.name}, page ${page}` : category.name,
    description: category.description ?? `${category.name}: probiotics with named strains and guaranteed CFU counts.`,
    path: pageHref(`/categories/${category.handle}`, page),
  })
}

export async function CategoryPageView({ handle, page }: { handle: string; page: number }) {
  const category = await orNotFound(getCategoryByHandle(handle))
  const [{ products, count }, categories] = await Promise.all([
    listProductPage({ categoryId: category.id, limit: CATEGORY_PAGE_SIZE, offset: pageOffset(page, CATEGORY_PAGE_SIZE) }),
    orFallback(listCategories(), [], "categories"),
  ])
  const pages = pageCount(count, CATEGORY_PAGE_SIZE)
  // Past the last page there is nothing to show: a not-found page, like any address that names nothing.
  if (page > pages) notFound()
  return <CatalogTemplate products={products} categories={categories} category={category} paging={{ page, pageCount: pages }} />
}
