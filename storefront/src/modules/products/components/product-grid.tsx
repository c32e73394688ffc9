import type { CatalogProduct } from "@/lib/catalog"
import { ProductCard } from "./product-card"

export function ProductGrid({ products }: { products: CatalogProduct[] }) {
  if (products.length === 0) {
    return <p className="empty">No products are on sale yet. Please check back soon.</p>
  }
  return (
    <ul className="grid" role="list">
      {products.map((product) => (
        <li key={product.id}>
          <ProductCard product={product} />
        </li>
      ))}
    </ul>
  )
}
