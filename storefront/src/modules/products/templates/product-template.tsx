import Link from "next/link"
import { countMarkedClaims } from "@biome/shared"
import { formatMoney, lowestPrice, type CatalogProduct } from "@/lib/catalog"
import { ClaimParagraphs, ClaimText } from "@/modules/claims/components/claim-text"
import { FdaDisclaimer } from "@/modules/claims/components/fda-disclaimer"
import { countClaimsOnPage } from "@/modules/claims/count-claims"
import { ProductGallery } from "../components/product-gallery"
import { SubscriptionOfferNote } from "../components/subscription-offer-note"
import { SupplementFactsTable } from "../components/supplement-facts-table"
import { VariantSelector, type VariantOption } from "../components/variant-selector"

export function ProductTemplate({ product }: { product: CatalogProduct }) {
  const claimCount = countClaimsOnPage([product.subtitle, product.description])
  const category = product.categories[0]
  const variants: VariantOption[] = product.variants.map((v) => ({
    id: v.id,
    title: v.title,
    priceLabel: v.price ? formatMoney(v.price) : null,
    stock: v.stock,
  }))
  const images = product.images.length > 0 ? product.images : product.thumbnail ? [product.thumbnail] : []

  return (
    <article className="product">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link href="/">Shop</Link>
          </li>
          {category && <li>{category.name}</li>}
          <li aria-current="page">{product.title}</li>
        </ol>
      </nav>

      <div className="product__top">
        <ProductGallery title={product.title} images={images} />
        <div className="product__buy">
          <h1 className="product__title">{product.title}</h1>
          {product.subtitle && (
            <p className="product__subtitle">
              <ClaimText text={product.subtitle} />
            </p>
          )}
          <VariantSelector variants={variants} />
          <SubscriptionOfferNote offer={product.subscription} />
          <p className="product__ordering">Online ordering opens soon; prices shown are for the United States.</p>
        </div>
      </div>

      <div className="product__details">
        <section className="product__about" aria-labelledby="about-heading">
          <h2 id="about-heading">About {product.title}</h2>
          {product.description ? (
            <ClaimParagraphs text={product.description} className="prose" />
          ) : (
            <p>A description is on its way.</p>
          )}
          <FdaDisclaimer markedClaimCount={claimCount} />
        </section>
        {product.facts ? (
          <SupplementFactsTable facts={product.facts} />
        ) : (
          <p className="facts facts--missing">The supplement facts for this product are being updated.</p>
        )}
      </div>
    </article>
  )
}

/**
 * The search snippet: what the product is and its entry price. A snippet has no room for the disclaimer,
 * so a subtitle carrying a claim is left out.
 */
export function productMetadataDescription(product: CatalogProduct): string {
  const subtitle = product.subtitle && countMarkedClaims(product.subtitle) === 0 ? product.subtitle : null
  const base = subtitle ?? product.title
  const from = lowestPrice(product.variants)
  return from ? `${base}. From ${formatMoney(from)}.` : base
}
