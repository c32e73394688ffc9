import Link from "next/link"
import type { GuideCard } from "@/lib/guides"
import { topicLabel } from "@/lib/guides"
import { FdaDisclaimer } from "@/modules/claims/components/fda-disclaimer"
import { countClaimsOnPage } from "@/modules/claims/count-claims"
import { GuideList } from "../components/guide-card"
import { NewsletterForm } from "../components/newsletter-form"

export interface GuidesIndexProps {
  guides: GuideCard[]
  topics: string[]
  activeTopic: string | null
  query: string
  page: number
  pageCount: number
}

function pageHref(topic: string | null, query: string, page: number): string {
  const params = new URLSearchParams()
  if (topic) params.set("tag", topic)
  if (query) params.set("q", query)
  if (page > 1) params.set("page", String(page))
  const search = params.toString()
  return search ? `/guides?${search}` : "/guides"
}

/** The guides by topic, with a search, paging and the newsletter. */
export function GuidesIndexTemplate({ guides, topics, activeTopic, query, page, pageCount }: GuidesIndexProps) {
  const claimCount = countClaimsOnPage(guides.map((g) => g.summary))
  const heading = query
    ? `Guides matching “${query}”`
    : activeTopic
      ? `Guides about ${topicLabel(activeTopic).toLowerCase()}`
      : "All guides"
  return (
    <div className="guides-index">
      <header className="page-header">
        <h1>Guides to your gut and skin</h1>
        <p className="lead">
          Plain-language guides written by nutrition and microbiology specialists, reviewed for accuracy, with every
          study they rely on cited and linked.
        </p>
      </header>

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

      <section aria-labelledby="guide-results-heading" className="guides-index__results">
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

      <FdaDisclaimer markedClaimCount={claimCount} />
      <NewsletterForm source="guides" />
    </div>
  )
}
