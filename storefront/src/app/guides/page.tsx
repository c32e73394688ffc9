import type { Metadata } from "next"
import { GUIDES_PAGE_SIZE, listGuides } from "@/lib/data/guides"
import { pageMetadata } from "@/lib/seo"
import { GuidesIndexTemplate } from "@/modules/guides/templates/guides-index-template"

export const dynamic = "force-dynamic"

interface GuidesPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() ?? ""

export const metadata: Metadata = pageMetadata({
  title: "Guides to your gut and skin",
  description:
    "Evidence-based guides on the gut-skin axis, fermented foods, daily habits and reading probiotic labels, with every study cited.",
  path: "/guides",
})

export default async function GuidesPage({ searchParams }: GuidesPageProps) {
  const params = await searchParams
  const topic = first(params.tag).toLowerCase().slice(0, 40)
  const query = first(params.q).slice(0, 200)
  const page = Math.max(1, Math.min(1000, Number.parseInt(first(params.page), 10) || 1))

  const [all, results] = await Promise.all([
    // Topics come from every published guide; the catalogue of guides is small.
    listGuides({ limit: 50 }),
    listGuides({ tag: topic || undefined, q: query || undefined, limit: GUIDES_PAGE_SIZE, offset: (page - 1) * GUIDES_PAGE_SIZE }),
  ])
  const topics = [...new Set(all.guides.flatMap((g) => g.tags))].sort((a, b) => a.localeCompare(b))

  return (
    <GuidesIndexTemplate
      guides={results.guides}
      allGuides={all.guides}
      topics={topics}
      activeTopic={topic || null}
      query={query}
      page={page}
      pageCount={Math.max(1, Math.ceil(results.count / GUIDES_PAGE_SIZE))}
    />
  )
}
