import type { Metadata } from "next"
import { nullIfNotFound, orFallback, orNotFound } from "@/lib/data/errors"
import { listProductGuides } from "@/lib/data/guides"
import { getProductByHandle } from "@/lib/data/products"
import { absoluteUrl, pageMetadata } from "@/lib/seo"
import { productJsonLd } from "@/lib/structured-data"
import { JsonLd } from "@/modules/common/components/json-ld"
import { ProductTemplate, productMetadataDescription } from "@/modules/products/templates/product-template"

// Rendered on a visitor's first request (none at build, so `next build` needs no backend), then served from
// Next's cache for everyone until the backend's tag revalidation or the timer refreshes it (README: Caching).
export const revalidate = 300
export const dynamicParams = true
export async function generateStaticParams() {
  return []
}

interface ProductPageProps {
  params: Promise<{ handle: string }>
}

export async function generateMetadata({ params }: ProductPageProps): Promise<Metadata> {
  const { handle } = await params
  // A missing product only needs a fitting title here; the page itself answers 404.
  const product = await nullIfNotFound(getProductByHandle(handle))
  if (!product) return { title: "Product not found" }
  return pageMetadata({
    title: product.title,
    description: productMetadataDescription(product),
    path: `/products/${product.handle}`,
    images: [product.thumbnail],
  })
}

export default async function ProductPage({ params }: ProductPageProps) {
  const { handle } = await params
  const product = await orNotFound(getProductByHandle(handle))
  // Guides only decorate the page; an outage there must not hide the product. Nothing here is the visitor's
  // own: the cart count and a customer's email for "notify me" are filled in by the browser.
  const guides = await orFallback(listProductGuides(product), [], "the product's guides")
  return (
    <>
      <JsonLd data={productJsonLd(product, absoluteUrl(`/products/${product.handle}`))} />
      <ProductTemplate product={product} guides={guides} />
    </>
  )
}
