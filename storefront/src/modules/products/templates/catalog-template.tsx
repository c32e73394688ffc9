import Link from "next/link"
import { catalogPath, type CatalogCategoryDetail, type CatalogProduct } from "@/lib/catalog"
import { FdaDisclaimer } from "@/modules/claims/components/fda-disclaimer"
import { countClaimsOnPage } from "@/modules/claims/count-claims"
import { Breadcrumb } from "@/modules/common/components/breadcrumb"
import { Pagination } from "@/modules/common/components/pagination"
import { ProductGrid } from "../components/product-grid"

/** The catalog, all of it or one category, with the categories to move between. */
export function CatalogTemplate({
  products,
  categories,
  category = null,
  paging = null,
}: {
  products: CatalogProduct[]
  categories: CatalogCategoryDetail[]
  category?: CatalogCategoryDetail | null
  /** Which page of the shop or the category this is, and how many there are. */
  paging?: { page: number; pageCount: number } | null
}) {
  const claimCount = countClaimsOnPage(products.map((p) => p.subtitle))
  return (
    <div className="catalog-page">
      {category && (
        <Breadcrumb>
          <li>
            <Link href="/store">Shop</Link>
          </li>
          <li aria-current="page">{category.name}</li>
        </Breadcrumb>
      )}
      <header className="page-header">
        <h1>{category ? category.name : "Shop all probiotics"}</h1>
        <p className="lead">
          {category?.description ??
            "Every formula with its strains, CFU count and supplement facts. Subscribe to any of them and save on every delivery."}
        </p>
      </header>
      {categories.length > 0 && (
        <nav aria-labelledby="categories-heading" className="topics">
          <h2 id="categories-heading" className="topics__heading">
            Categories
          </h2>
          <ul role="list" className="topics__list">
            <li>
              <Link href="/store" aria-current={!category ? "page" : undefined}>
                All products
              </Link>
            </li>
            {categories.map((c) => (
              <li key={c.id}>
                <Link href={`/categories/${c.handle}`} aria-current={c.id === category?.id ? "page" : undefined}>
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <section aria-labelledby="catalog-products-heading" className="catalog">
        <h2 id="catalog-products-heading" className="visually-hidden">
          Products
        </h2>
        <ProductGrid products={products} />
        {paging && (
          <Pagination
            basePath={catalogPath(category)}
            page={paging.page}
            pageCount={paging.pageCount}
            label={category ? `Pages of ${category.name}` : "Pages of all products"}
          />
        )}
      </section>
      <FdaDisclaimer markedClaimCount={claimCount} />
    </div>
  )
}
