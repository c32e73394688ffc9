import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { catalogPath, type CatalogCategoryDetail } from "@/lib/catalog"
import { listCategories } from "@/lib/data/categories"
import { orFallback } from "@/lib/data/errors"
import { listProductPage } from "@/lib/data/products"
import { PRODUCT_PAGE_SIZE, pageCount, pageOffset } from "@/lib/paging"
import { listingPageMetadata } from "@/lib/seo"
import { CatalogTemplate } from "@/modules/products/templates/catalog-template"

/**
 * One page of the catalog, the whole shop's (category null) or one category's: what /store, /categories/<handle>
 * and the addresses their ?page=N is rewritten to render, so the shop and its categories page alike.
 */
export async function CatalogPageView({ category, page }: { category: CatalogCategoryDetail | null; page: number }) {
  const [{ products, count }, categories] = await Promise.all([
    listProductPage({
      ...(category ? { categoryId: category.id } : {}),
      limit: PRODUCT_PAGE_SIZE,
      offset: pageOffset(page, PRODUCT_PAGE_SIZE),
    }),
    orFallback(listCategories(), [], "categories"),
  ])
  const pages = pageCount(count, PRODUCT_PAGE_SIZE)
  // Past the last page there is nothing to show: a not-found page, like any address that names nothing.
  if (page > pages) notFound()
  return <CatalogTemplate products={products} categories={categories} category={category} paging={{ page, pageCount: pages }} />
}

/** The shop's own page (/store and its ?page=N): every product, no category. */
export function storeMetadata(page: number): Metadata {
  return listingPageMetadata(
    {
      title: "Shop all probiotics",
      description: "Probiotics and prebiotic fibre with named strains, guaranteed CFU counts and subscribe-and-save on every formula.",
      path: catalogPath(null),
    },
    page
  )
}
