import Link from "next/link"
import type { ProductGuide } from "@/lib/guides"
import { ClaimText } from "@/modules/claims/components/claim-text"
import styles from "./product-guides.module.css"

/** The guides linked to a product, in the content team's order, the primary one shown first and larger. */
export function ProductGuides({ guides }: { guides: ProductGuide[] }) {
  if (guides.length === 0) return null
  const [lead, ...rest] = guides
  const primary = lead?.isPrimary ? lead : null
  const others = primary ? rest : guides
  return (
    <section className={styles.guides} aria-labelledby="product-guides-heading">
      <h2 id="product-guides-heading">Learn more</h2>
      {primary && (
        <article className={styles.primary} aria-labelledby={`guide-${primary.id}`}>
          <p className={styles.kicker}>Start here</p>
          <h3 id={`guide-${primary.id}`}>
            <Link href={`/guides/${primary.slug}`}>{primary.title}</Link>
          </h3>
          <p>
            <ClaimText text={primary.summary} />
          </p>
          {primary.readingMinutes && <p className="meta">{primary.readingMinutes} min read</p>}
        </article>
      )}
      {others.length > 0 && (
        <ol className={styles.list}>
          {others.map((guide) => (
            <li key={guide.id}>
              <Link href={`/guides/${guide.slug}`}>{guide.title}</Link>
              {guide.readingMinutes && <span className="meta"> · {guide.readingMinutes} min read</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
