import Link from "next/link"
import { formatDate } from "@/lib/catalog"
import type { GuideCard as GuideCardData } from "@/lib/guides"
import { topicLabel } from "@/lib/guides"
import { ClaimText } from "@/modules/claims/components/claim-text"
import styles from "./guide-card.module.css"

/**
 * A guide in a list: title, summary, author, reading time. Its heading level fits the list's section; the
 * guides index's featured guide stands out on the brand's soft colour.
 */
export function GuideCard({
  guide,
  headingLevel = 3,
  featured = false,
}: {
  guide: GuideCardData
  headingLevel?: 2 | 3
  featured?: boolean
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3"
  return (
    <article className={featured ? `${styles.card} ${styles.featured}` : styles.card} aria-labelledby={`guide-card-${guide.id}`}>
      {guide.tags[0] && <p className={styles.topic}>{topicLabel(guide.tags[0])}</p>}
      <Heading id={`guide-card-${guide.id}`} className={styles.title}>
        <Link href={`/guides/${guide.slug}`}>{guide.title}</Link>
      </Heading>
      {guide.summary && (
        <p>
          <ClaimText text={guide.summary} />
        </p>
      )}
      <p className="meta">
        {[
          guide.author ? `By ${guide.author.name}` : null,
          guide.readingMinutes ? `${guide.readingMinutes} min read` : null,
          guide.publishedAt ? formatDate(guide.publishedAt) : null,
        ]
          .filter(Boolean)
          .join(" · ")}
      </p>
    </article>
  )
}

export function GuideList({ guides, headingLevel = 3 }: { guides: GuideCardData[]; headingLevel?: 2 | 3 }) {
  if (guides.length === 0) return <p className="empty">No guides here yet. Please check back soon.</p>
  return (
    <ul className="grid" role="list">
      {guides.map((guide) => (
        <li key={guide.id}>
          <GuideCard guide={guide} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  )
}
