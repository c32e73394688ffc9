import Link from "next/link"
import { prepareGuideBody, safeHref } from "@biome/shared"
import type { CatalogProduct } from "@/lib/catalog"
import { formatDate } from "@/lib/catalog"
import { topicLabel, type Guide } from "@/lib/guides"
import { ClaimText } from "@/modules/claims/components/claim-text"
import { FdaDisclaimer } from "@/modules/claims/components/fda-disclaimer"
import { countClaimsOnPage } from "@/modules/claims/count-claims"
import { Breadcrumb } from "@/modules/common/components/breadcrumb"
import { AuthorBox } from "../components/author-box"
import { FeedbackForm } from "../components/feedback-form"
import { GuideList } from "../components/guide-card"
import { InlineProductCard } from "../components/inline-product-card"
import { MarkdownBody } from "../components/markdown-body"
import { NewsletterForm } from "../components/newsletter-form"
import { ReferenceList } from "../components/reference-list"
import { TableOfContents } from "../components/table-of-contents"
import styles from "./guide-template.module.css"

/**
 * A guide: header with reading time, people and dates; a contents list; the body with numbered citations
 * and product cards where the text mentions them; the primary product in a side panel (sticky on wide
 * screens); the disclaimer when it carries claims; references; feedback; more topics. It reads without
 * JavaScript, and reads no cookie, so the page can be cached for everyone.
 */
export function GuideTemplate({ guide, products }: { guide: Guide; products: CatalogProduct[] }) {
  const body = prepareGuideBody(guide.body, { citations: guide.citations.map((c) => c.position) })
  const byHandle = new Map(products.map((p) => [p.handle, p]))
  const primaryLink = guide.products.find((p) => p.isPrimary) ?? guide.products[0]
  const primary = primaryLink ? byHandle.get(primaryLink.handle) : undefined
  const claimCount = body.claims + countClaimsOnPage([guide.summary, ...guide.relatedGuides.map((g) => g.summary)])
  const hero = guide.heroImageUrl ? safeHref(guide.heroImageUrl) : null
  const topic = guide.tags[0]
  const updated = guide.updatedAt && guide.publishedAt && guide.updatedAt.slice(0, 10) !== guide.publishedAt.slice(0, 10)

  return (
    <article className={styles.guide} aria-labelledby="guide-title">
      <Breadcrumb>
        <li>
          <Link href="/guides">Guides</Link>
        </li>
        {topic && (
          <li>
            <Link href={`/guides?tag=${encodeURIComponent(topic)}`}>{topicLabel(topic)}</Link>
          </li>
        )}
        <li aria-current="page">{guide.title}</li>
      </Breadcrumb>

      <header>
        <h1 id="guide-title">{guide.title}</h1>
        {guide.summary && (
          <p className={styles.summary}>
            <ClaimText text={guide.summary} />
          </p>
        )}
        <p className={styles.meta} data-testid="guide-meta">
          {guide.readingMinutes && <span>{guide.readingMinutes} min read</span>}
          {guide.author && (
            <span>
              By {guide.author.name}
              {guide.author.credentials && `, ${guide.author.credentials}`}
            </span>
          )}
          {guide.reviewer && (
            <span>
              Reviewed by {guide.reviewer.name}
              {guide.reviewer.credentials && `, ${guide.reviewer.credentials}`}
            </span>
          )}
          {guide.publishedAt && (
            <span>
              Published <time dateTime={guide.publishedAt}>{formatDate(guide.publishedAt)}</time>
            </span>
          )}
          {updated && guide.updatedAt && (
            <span>
              Updated <time dateTime={guide.updatedAt}>{formatDate(guide.updatedAt)}</time>
            </span>
          )}
        </p>
      </header>

      <div className={styles.layout}>
        <div className={styles.main}>
          <TableOfContents outline={body.outline} />
          {hero && !hero.href.startsWith("#") && (
            <img className={styles.hero} src={hero.href} alt="" width={1200} height={600} fetchPriority="high" />
          )}
          <MarkdownBody body={body} products={byHandle} />
          <FdaDisclaimer markedClaimCount={claimCount} />
          <ReferenceList citations={guide.citations} cited={body.cited} />
          <AuthorBox author={guide.author} reviewer={guide.reviewer} />
          <FeedbackForm slug={guide.slug} />
        </div>
        {primary && (
          <div className={styles.aside} data-testid="guide-aside">
            <InlineProductCard product={primary} kicker="Our pick for this topic" idPrefix="guide-pick" />
          </div>
        )}
      </div>

      {guide.relatedGuides.length > 0 && (
        <section className={styles.related} aria-labelledby="related-guides-heading">
          <h2 id="related-guides-heading">More topics for you</h2>
          <GuideList guides={guide.relatedGuides} />
        </section>
      )}

      <NewsletterForm source={`guide:${guide.slug}`} />
    </article>
  )
}
