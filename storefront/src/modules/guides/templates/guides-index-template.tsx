import Link from "next/link"
import type { GuideCard as GuideCardData } from "@/lib/guides"
import { topicLabel } from "@/lib/guides"
import { FdaDisclaimer } from "@/modules/claims/components/fda-disclaimer"
import { countClaimsOnPage } from "@/modules/claims/count-claims"
import { GuideCard, GuideList } from "../components/guide-card"
import { NewsletterForm } from "../components/newsletter-form"
import styles from "./guides-index-template.module.css"

export interface GuidesIndexProps {
  /** The filtered results, when a topic or a search is chosen. */
  guides: GuideCardData[]
  /** Every published guide, newest first: the featured guide and the topic sections. */
  allGuides: GuideCardData[]
  topics: string[]
  activeTopic: string | null
  query: string
  page: number
  pageCount: number
}

const slugOf = (topic: string) => topic.replace(/[^a-z0-9]+/g, "-")

function pageHref(topic: string | null, query: string, page: number): string {
  const params = new URLSearchParams()
  if (topic) params.set("tag", topic)
  if (query) params.set("q", query)
  if (page > 1) params.set("page", String(page))
  const search = params.toString()
  return search ? `/guides?${search}` : "/guides"
}

/**
 * Topic sections for the index: every topic at least two guides share, the most shared first, each with all
 * its guides; guides in none of them close the page under "More guides" (topic null).
 */
export function guidesByTopic(guides: GuideCardData[]): { topic: string | null; guides: GuideCardData[] }[] {
  const byTopic = new Map<string, GuideCardData[]>()
  for (const guide of guides) for (const tag of new Set(guide.tags)) byTopic.set(tag, [...(byTopic.get(tag) ?? []), guide])
  const sections: { topic: string | null; guides: GuideCardData[] }[] = [...byTopic]
    .filter(([, list]) => list.length >= 2)
    .map(([topic, list]) => ({ topic, guides: list }))
    .sort((a, b) => b.guides.length - a.guides.length || a.topic!.localeCompare(b.topic!))
  const shown = new Set(sections.flatMap((section) => section.guides.map((g) => g.id)))
  const rest = guides.filter((g) => !shown.has(g.id))
  return rest.length > 0 ? [...sections, { topic: null, guides: rest }] : sections
}

/**
 * The guides by topic: a featured guide, then a section per topic, with the topic filter and a search;
 * a chosen topic or search shows its results with paging instead.
 */
export function GuidesIndexTemplate({ guides, allGuides, topics, activeTopic, query, page, pageCount }: GuidesIndexProps) {
  const browsing = !activeTopic && !query && page === 1
  const featured = allGuides[0]
  const shown = browsing ? allGuides : guides
  const claimCount = countClaimsOnPage(shown.map((g) => g.summary))
  const heading = query
    ? `Guides matching “${query}”`
    : activeTopic
      ? `Guides about ${topicLabel(activeTopic).toLowerCase()}`
      : "All guides"
  return (
    <div>
      <header className="page-header">
        <h1>Guides to your gut and skin</h1>
        <p className="lead">
          Plain-language guides written by nutrition and microbiology specialists, reviewed for accuracy, with every study they rely on
          cited and linked.
        </p>
      </header>

      {/* biome-ignore lint/a11y/useSemanticElements: role="search" on the form is the landmark every screen reader announces; <search> is not yet */}
      <form action="/guides" method="get" role="search" className="search-form">
        <label htmlFor="guide-search">Search guides</label>
        <input id="guide-search" name="q" type="search" defaultValue={query} maxLength={200} />
        <button type="submit" className="button button--secondary">
          Search
        </button>
      </form>

      {topics.length > 0 && (
        <nav aria-labelledby="topics-heading" className="topics">
          <h2 id="topics-heading" className="topics__heading">
            Topics
          </h2>
          <ul role="list" className="topics__list">
            <li>
              <Link href="/guides" aria-current={!activeTopic && !query ? "page" : undefined}>
                All topics
              </Link>
            </li>
            {topics.map((topic) => (
              <li key={topic}>
                <Link href={pageHref(topic, "", 1)} aria-current={topic === activeTopic ? "page" : undefined}>
                  {topicLabel(topic)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}

      {browsing && featured && (
        <section aria-labelledby="featured-guide-heading" className={styles.featured}>
          <h2 id="featured-guide-heading" className={styles.kicker}>
            Featured guide
          </h2>
          <GuideCard guide={featured} featured />
        </section>
      )}

      {browsing &&
        guidesByTopic(allGuides).map(({ topic, guides: list }) => (
          <section
            key={topic ?? ""}
            aria-labelledby={`topic-${slugOf(topic ?? "more")}`}
            className={styles.topic}
            data-testid="guide-topic"
          >
            <div className={styles.topicHeader}>
              <h2 id={`topic-${slugOf(topic ?? "more")}`}>{topic ? topicLabel(topic) : "More guides"}</h2>
              {topic && <Link href={pageHref(topic, "", 1)}>All guides about {topicLabel(topic).toLowerCase()}</Link>}
            </div>
            <GuideList guides={list} />
          </section>
        ))}

      {!browsing && (
        <section aria-labelledby="guide-results-heading">
          <h2 id="guide-results-heading">{heading}</h2>
          <GuideList guides={guides} />
          {pageCount > 1 && (
            <nav aria-label="Pages of guides" className="pagination">
              {page > 1 && <Link href={pageHref(activeTopic, query, page - 1)}>Newer guides</Link>}
              <span>
                Page {page} of {pageCount}
              </span>
              {page < pageCount && <Link href={pageHref(activeTopic, query, page + 1)}>Older guides</Link>}
            </nav>
          )}
        </section>
      )}

      <FdaDisclaimer markedClaimCount={claimCount} />
      <NewsletterForm source="guides" />
    </div>
  )
}
