import Link from "next/link"
import { formatCfu, totalCfu } from "@biome/shared"
import { formatMoney, lowestPrice, type CatalogProduct } from "@/lib/catalog"
import { ClaimText } from "@/modules/claims/components/claim-text"
import { StockBadge } from "./stock-badge"
import styles from "./product-card.module.css"

/** A product in the grid: picture, name, what it is, the total count and the entry price. */
export function ProductCard({ product }: { product: CatalogProduct }) {
  const from = lowestPrice(product.variants)
  const soldOut = product.variants.length > 0 && product.variants.every((v) => v.stock === "out_of_stock")
  const cultures = product.facts && product.facts.strains.length > 0 ? formatCfu(totalCfu(product.facts)) : null
  const category = product.categories[0]?.name

  return (
    <article className={styles.card}>
      <Link href={`/products/${product.handle}`} className={styles.link}>
        {product.thumbnail ? (
          <img className={styles.image} src={product.thumbnail} alt="" width={320} height={320} loading="lazy" />
        ) : (
          <div className={styles.image} aria-hidden="true" />
        )}
        <h3 className={styles.title}>{product.title}</h3>
      </Link>
      {category && <p className={styles.category}>{category}</p>}
      {product.subtitle && (
        <p className={styles.subtitle}>
          <ClaimText text={product.subtitle} />
        </p>
      )}
      <p className={styles.meta}>
        {from && <span className={styles.price}>From {formatMoney(from)}</span>}
        {cultures && <span className={styles.cfu}>{cultures}</span>}
        {soldOut && <StockBadge stock="out_of_stock" />}
      </p>
    </article>
  )
}
