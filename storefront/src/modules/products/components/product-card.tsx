import Link from "next/link"
import { formatCfu, totalCfu } from "@biome/shared"
import { formatMoney, lowestPrice, type CatalogProduct } from "@/lib/catalog"
import { ClaimText } from "@/modules/claims/components/claim-text"
import { StockBadge } from "./stock-badge"

/** A product in the grid: picture, name, what it is, the total count and the entry price. */
export function ProductCard({ product }: { product: CatalogProduct }) {
  const from = lowestPrice(product.variants)
  const soldOut = product.variants.length > 0 && product.variants.every((v) => v.stock === "out_of_stock")
  const cultures = product.facts && product.facts.strains.length > 0 ? formatCfu(totalCfu(product.facts)) : null
  const category = product.categories[0]?.name

  return (
    <article className="card">
      <Link href={`/products/${product.handle}`} className="card__link">
        {product.thumbnail ? (
          <img className="card__image" src={product.thumbnail} alt="" width={320} height={320} loading="lazy" />
        ) : (
          <div className="card__image card__image--empty" aria-hidden="true" />
        )}
        <h3 className="card__title">{product.title}</h3>
      </Link>
      {category && <p className="card__category">{category}</p>}
      {product.subtitle && (
        <p className="card__subtitle">
          <ClaimText text={product.subtitle} />
        </p>
      )}
      <p className="card__meta">
        {from && <span className="card__price">From {formatMoney(from)}</span>}
        {cultures && <span className="card__cfu">{cultures}</span>}
        {soldOut && <StockBadge stock="out_of_stock" />}
      </p>
    </article>
  )
}
