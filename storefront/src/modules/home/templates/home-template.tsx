import Link from "next/link"
import type { CatalogProduct } from "@/lib/catalog"
import type { GuideCard } from "@/lib/guides"
import { FdaDisclaimer } from "@/modules/claims/components/fda-disclaimer"
import { countClaimsOnPage } from "@/modules/claims/count-claims"
import { GuideList } from "@/modules/guides/components/guide-card"
import { NewsletterForm } from "@/modules/guides/components/newsletter-form"
import { ProductGrid } from "@/modules/products/components/product-grid"
import styles from "./home-template.module.css"

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

/** How many products the home page features; the rest are one click away in the shop. */
export const FEATURED_PRODUCTS = 6

/** `products` are the first few of the catalog; `productCount` is how many the whole shop lists. */
export function HomeTemplate({
  products,
  productCount,
  guides = [],
}: {
  products: CatalogProduct[]
  productCount: number
  guides?: GuideCard[]
}) {
  const featured = products.slice(0, FEATURED_PRODUCTS)
  const claimCount = countClaimsOnPage([...featured.map((p) => p.subtitle), ...guides.map((g) => g.summary)])
  return (
    <>
      <section className={styles.hero} aria-labelledby="hero-heading">
        <h1 id="hero-heading">Probiotics with nothing to hide</h1>
        <p className={styles.lead}>
          Biome &amp; Bloom makes gut and skin supplements from well-studied strains, in honest doses, with labels a person can read. Every
          formula below shows its full supplement facts before you buy.
        </p>
        <p className="hero__actions">
          <Link className="button" href="/store">
            Shop all probiotics
          </Link>
          <Link href="/guides">Read our guides</Link>
        </p>
      </section>
      <section id="our-promise" className={styles.promises} aria-labelledby="promise-heading">
        <h2 id="promise-heading" className="visually-hidden">
          Our promise
        </h2>
        <ul className={styles.promiseList} role="list">
          {PROMISES.map((promise) => (
            <li key={promise.title} className={styles.promise}>
              <h3>{promise.title}</h3>
              <p>{promise.body}</p>
            </li>
          ))}
        </ul>
      </section>
      <section id="products" className="catalog" aria-labelledby="catalog-heading">
        <h2 id="catalog-heading">Our formulas</h2>
        <ProductGrid products={featured} />
        {productCount > featured.length && (
          <p className="section-more">
            <Link href="/store">See all {productCount} products</Link>
          </p>
        )}
      </section>
      {guides.length > 0 && (
        <section className="latest-guides" aria-labelledby="latest-guides-heading">
          <h2 id="latest-guides-heading">Latest guides</h2>
          <GuideList guides={guides} />
          <p className="section-more">
            <Link href="/guides">All guides</Link>
          </p>
        </section>
      )}
      <FdaDisclaimer markedClaimCount={claimCount} />
      <NewsletterForm source="home" />
    </>
  )
}
