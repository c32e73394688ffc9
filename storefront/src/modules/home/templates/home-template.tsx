import type { CatalogProduct } from "@/lib/catalog"
import { FdaDisclaimer } from "@/modules/claims/components/fda-disclaimer"
import { countClaimsOnPage } from "@/modules/claims/count-claims"
import { ProductGrid } from "@/modules/products/components/product-grid"

const PROMISES = [
  {
    title: "Every strain named",
    body: "Labels list each strain down to its code, like L. rhamnosus GG, so you can look up the research yourself.",
  },
  {
    title: "Counts you can rely on",
    body: "The CFU on the label is what is alive at the end of shelf life, not only on the day it was made.",
  },
  {
    title: "No promises we can't keep",
    body: "We describe what a formula supports, mark each such statement, and never claim to treat a disease.",
  },
]

export function HomeTemplate({ products }: { products: CatalogProduct[] }) {
  const claimCount = countClaimsOnPage(products.map((p) => p.subtitle))
  return (
    <>
      <section className="hero" aria-labelledby="hero-heading">
        <h1 id="hero-heading">Probiotics with nothing to hide</h1>
        <p className="hero__lead">
          Biome &amp; Bloom makes gut and skin supplements from well-studied strains, in honest doses, with labels a
          person can read. Every formula below shows its full supplement facts before you buy.
        </p>
      </section>
      <section id="our-promise" className="promises" aria-labelledby="promise-heading">
        <h2 id="promise-heading" className="visually-hidden">
          Our promise
        </h2>
        <ul className="promises__list" role="list">
          {PROMISES.map((promise) => (
            <li key={promise.title} className="promise">
              <h3 className="promise__title">{promise.title}</h3>
              <p>{promise.body}</p>
            </li>
          ))}
        </ul>
      </section>
      <section id="products" className="catalog" aria-labelledby="catalog-heading">
        <h2 id="catalog-heading">Our formulas</h2>
        <ProductGrid products={products} />
        <FdaDisclaimer markedClaimCount={claimCount} />
      </section>
    </>
  )
}
