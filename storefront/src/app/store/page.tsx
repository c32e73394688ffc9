import type { Metadata } from "next"
import { listCategories } from "@/lib/data/categories"
import { orFallback } from "@/lib/data/errors"
import { listProducts } from "@/lib/data/products"
import { pageMetadata } from "@/lib/seo"
import { CatalogTemplate } from "@/modules/products/templates/catalog-template"

export const dynamic = "force-dynamic"

export const metadata: Metadata = pageMetadata({
  title: "Shop all probiotics",
  description: "Probiotics and prebiotic fibre with named strains, guaranteed CFU counts and subscribe-and-save on every formula.",
  path: "/store",
})

export default async function StorePage() {
  const [products, categories] = await Promise.all([listProducts(), orFallback(listCategories(), [], "categories")])
  return <CatalogTemplate products={products} categories={categories} />
}
