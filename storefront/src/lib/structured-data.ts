import type { CatalogProduct, StockState } from "./catalog"
import type { Guide } from "./guides"
import { doiUrl, pubmedUrl } from "./guides"
import { SHOP_NAME } from "./shop"

const AVAILABILITY: Record<StockState, string> = {
  in_stock: "https://schema.org/InStock",
  low_stock: "https://schema.org/LimitedAvailability",
  out_of_stock: "https://schema.org/OutOfStock",
}

const ORGANIZATION = { "@type": "Organization", name: SHOP_NAME }

/** schema.org Product with one Offer per priced size: price, currency and availability. */
export function productJsonLd(product: CatalogProduct, url: string): Record<string, unknown> {
  const offers = product.variants.flatMap((variant) =>
    variant.price
      ? [
          {
            "@type": "Offer",
            sku: variant.sku ?? undefined,
            name: variant.title,
            price: variant.price.amount.toFixed(2),
            priceCurrency: variant.price.currencyCode.toUpperCase(),
            availability: AVAILABILITY[variant.stock],
            url,
          },
        ]
      : []
  )
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    description: product.subtitle ?? product.description ?? undefined,
    image: product.images.length > 0 ? product.images : product.thumbnail ? [product.thumbnail] : undefined,
    sku: product.variants[0]?.sku ?? undefined,
    brand: { "@type": "Brand", name: SHOP_NAME },
    category: product.categories[0]?.name,
    url,
    offers,
  }
}

/** schema.org Article with its author, reviewer, dates and every cited study. */
export function articleJsonLd(guide: Guide, url: string): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "Article",
    headline: guide.title,
    description: guide.summary,
    image: guide.heroImageUrl ?? undefined,
    datePublished: guide.publishedAt ?? undefined,
    dateModified: guide.updatedAt ?? guide.publishedAt ?? undefined,
    author: guide.author
      ? { "@type": "Person", name: guide.author.name, description: guide.author.credentials ?? undefined }
      : ORGANIZATION,
    ...(guide.reviewer
      ? { contributor: { "@type": "Person", name: guide.reviewer.name, description: guide.reviewer.credentials ?? undefined } }
      : {}),
    publisher: ORGANIZATION,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    keywords: guide.tags.join(", ") || undefined,
    citation: guide.citations.map((c) => ({
      "@type": "ScholarlyArticle",
      name: c.title,
      author: c.authors ?? undefined,
      datePublished: c.year ? String(c.year) : undefined,
      isPartOf: c.journal ? { "@type": "Periodical", name: c.journal } : undefined,
      url: c.doi ? doiUrl(c.doi) : c.pmid ? pubmedUrl(c.pmid) : (c.url ?? undefined),
      identifier: [c.doi ? `doi:${c.doi}` : null, c.pmid ? `pmid:${c.pmid}` : null].filter(Boolean),
    })),
  }
}
