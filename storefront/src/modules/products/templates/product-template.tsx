import Link from "next/link"
import { countMarkedClaims } from "@biome/shared"
import { formatMoney, lowestPrice, type CatalogProduct } from "@/lib/catalog"
import type { ProductGuide } from "@/lib/guides"
import { purchasePriceLabels } from "@/lib/pricing"
import { ClaimParagraphs, ClaimText } from "@/modules/claims/components/claim-text"
import { FdaDisclaimer } from "@/modules/claims/components/fda-disclaimer"
import { countClaimsOnPage } from "@/modules/claims/count-claims"
import { Breadcrumb } from "@/modules/common/components/breadcrumb"
import { ProductGallery } from "../components/product-gallery"
import { ProductGuides } from "../components/product-guides"
import { PurchaseForm, type PurchaseVariant } from "../components/purchase-form"
import { StockBadge } from "../components/stock-badge"
import { SubscriptionOfferNote } from "../components/subscription-offer-note"
import { MissingSupplementFacts, SupplementFactsTable } from "../components/supplement-facts-table"
import styles from "./product-template.module.css"

export function ProductTemplate({ product, guides = [] }: { product: CatalogProduct; guides?: ProductGuide[] }) {
  // Every piece of copy the page shows with ClaimText counts towards the disclaimer's wording.
  const claimCount = countClaimsOnPage([product.subtitle, product.description, ...guides.map((g) => g.summary)])
  const category = product.categories[0]
  const offer = product.subscription
  const variants: PurchaseVariant[] = product.variants.map((v) => ({
    id: v.id,
    title: v.title,
    stock: v.stock,
    ...purchasePriceLabels(v.price, offer.discount_percent),
  }))
  const images = product.images.length > 0 ? product.images : product.thumbnail ? [product.thumbnail] : []

  return (
    <article aria-labelledby="product-title">
      <Breadcrumb>
        <li>
          <Link href="/store">Shop</Link>
        </li>
        {category && (
          <li>
            <Link href={`/categories/${category.handle}`}>{category.name}</Link>
          </li>
        )}
        <li aria-current="page">{product.title}</li>
      </Breadcrumb>

      <div className={styles.top}>
        <ProductGallery title={product.title} images={images} />
        <div>
          <h1 id="product-title">{product.title}</h1>
          {product.subtitle && (
            <p className={styles.subtitle}>
              <ClaimText text={product.subtitle} />
            </p>
          )}
          <p className={styles.stock}>
            <StockBadge stock={bestStock(product)} />
          </p>
          <PurchaseForm
            variants={variants}
            offer={offer.interval_days.length > 0 ? { discountPercent: offer.discount_percent, intervalDays: offer.interval_days } : null}
          />
          <SubscriptionOfferNote offer={offer} />
        </div>
      </div>

      <div className={styles.details}>
        <section aria-labelledby="about-heading">
          <h2 id="about-heading">About {product.title}</h2>
          {product.description ? (
            <ClaimParagraphs text={product.description} className={styles.description} />
          ) : (
            <p>A description is on its way.</p>
          )}
          <ProductGuides guides={guides} />
          <FdaDisclaimer markedClaimCount={claimCount} />
        </section>
        {product.facts ? <SupplementFactsTable facts={product.facts} /> : <MissingSupplementFacts />}
      </div>
    </article>
  )
}

// The headline stock state: in stock if any size is, else low if any size is running low.
function bestStock(product: CatalogProduct) {
  if (product.variants.some((v) => v.stock === "in_stock")) return "in_stock" as const
  if (product.variants.some((v) => v.stock === "low_stock")) return "low_stock" as const
  return "out_of_stock" as const
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
