import type { Metadata } from "next"
import { nullIfNotFound, orNotFound } from "@/lib/data/errors"
import { getProductByHandle } from "@/lib/data/products"
import { ProductTemplate, productMetadataDescription } from "@/modules/products/templates/product-template"

// Rendered per request so `next build` needs no backend; the product fetch itself is cached by tag.
export const dynamic = "force-dynamic"

interface ProductPageProps {
  params: Promise<{ handle: string }>
}

export async function generateMetadata({ params }: ProductPageProps): Promise<Metadata> {
  const { handle } = await params
  // A missing product only needs a fitting title here; the page itself answers 404.
  const product = await nullIfNotFound(getProductByHandle(handle))
  if (!product) return { title: "Product not found" }
  return {
    title: product.title,
    description: productMetadataDescription(product),
    openGraph: product.thumbnail ? { images: [product.thumbnail] } : undefined,
  }
}

export default async function ProductPage({ params }: ProductPageProps) {
  const { handle } = await params
  const product = await orNotFound(getProductByHandle(handle))
  return <ProductTemplate product={product} />
}
