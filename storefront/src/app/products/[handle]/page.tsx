import type { Metadata } from "next"
import { getCustomer } from "@/lib/data/customer"
import { nullIfNotFound, orFallback, orNotFound } from "@/lib/data/errors"
import { listProductGuides } from "@/lib/data/guides"
import { getProductByHandle } from "@/lib/data/products"
import { absoluteUrl, pageMetadata } from "@/lib/seo"
import { productJsonLd } from "@/lib/structured-data"
import { JsonLd } from "@/modules/common/components/json-ld"
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
  // Guides and the customer's email only decorate the page; an outage there must not hide the product. The
  // email only pre-fills "notify me", which a sold-out size alone shows, so other views skip the request.
  const soldOutSize = product.variants.some((v) => v.stock === "out_of_stock")
  const [guides, customer] = await Promise.all([
    orFallback(listProductGuides(product), [], "the product's guides"),
    soldOutSize ? orFallback(getCustomer(), null, "the customer") : null,
  ])
  return (
    <>
      <JsonLd data={productJsonLd(product, absoluteUrl(`/products/${product.handle}`))} />
      <ProductTemplate product={product} guides={guides} customerEmail={customer?.email ?? null} />
    </>
  )
}
