import type { Metadata } from "next"
import { getCategoryByHandle, listCategories } from "@/lib/data/categories"
import { nullIfNotFound, orFallback, orNotFound } from "@/lib/data/errors"
import { listProducts } from "@/lib/data/products"
import { pageMetadata } from "@/lib/seo"
import { CatalogTemplate } from "@/modules/products/templates/catalog-template"

// Rendered on a visitor's first request (none at build, so `next build` needs no backend), then served from
// Next's cache for everyone until the backend's tag revalidation or the timer refreshes it (README: Caching).
export const revalidate = 300
export const dynamicParams = true
export async function generateStaticParams() {
  return []
}

interface CategoryPageProps {
  params: Promise<{ handle: string }>
}

export async function generateMetadata({ params }: CategoryPageProps): Promise<Metadata> {
  const { handle } = await params
  const category = await nullIfNotFound(getCategoryByHandle(handle))
  if (!category) return { title: "Category not found" }
  return pageMetadata({
    title: category.name,
    description: category.description ?? `${category.name}: probiotics with named strains and guaranteed CFU counts.`,
    path: `/categories/${category.handle}`,
  })
}

export default async function CategoryPage({ params }: CategoryPageProps) {
  const { handle } = await params
  const category = await orNotFound(getCategoryByHandle(handle))
  const [products, categories] = await Promise.all([
    listProducts({ categoryId: category.id }),
    orFallback(listCategories(), [], "categories"),
  ])
  return <CatalogTemplate products={products} categories={categories} category={category} />
}
