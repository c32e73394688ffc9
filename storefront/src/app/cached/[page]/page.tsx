import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { orFallback } from "@/lib/data/errors"
import { GUIDES_PAGE_SIZE, listGuides } from "@/lib/data/guides"
import { listProductPage } from "@/lib/data/products"
import { pageMetadata } from "@/lib/seo"
import { CACHED_INDEX_PAGES, type CachedIndexPage } from "@/lib/cached-pages"
import { GuidesIndexTemplate } from "@/modules/guides/templates/guides-index-template"
import { FEATURED_PRODUCTS, HomeTemplate } from "@/modules/home/templates/home-template"
import { CatalogPageView, storeMetadata } from "@/app/catalog-page"

/**
 * The home page, the shop's first page (/store) and the plain guides index (/guides), which the proxy rewrites here. A
 * dynamic segment with no params at build is what lets Next cache them (ISR) without rendering them during
 * `next build`, which has no backend: each is rendered on its first request, then served from cache for
 * everyone until the backend's tag revalidation or the timer refreshes it. Asked for directly, /cached/… is a
 * 404 (src/proxy.ts).
 */
export const revalidate = 300
export const dynamicParams = true
export async function generateStaticParams() {
  return []
}

interface CachedPageProps {
  params: Promise<{ page: string }>
}

const isIndexPage = (page: string): page is CachedIndexPage => (CACHED_INDEX_PAGES as readonly string[]).includes(page)

const METADATA: Record<CachedIndexPage, Metadata> = {
  home: pageMetadata({
    title: "Biome & Bloom · Probiotics with clear labels",
    absoluteTitle: true,
    description: "Shop probiotics and prebiotic fibre with named strains, guaranteed CFU counts and honest labels.",
    path: "/",
  }),
  store: storeMetadata(1),
  guides: pageMetadata({
    title: "Guides to your gut and skin",
    description:
      "Evidence-based guides on the gut-skin axis, fermented foods, daily habits and reading probiotic labels, with every study cited.",
    path: "/guides",
  }),
}

export async function generateMetadata({ params }: CachedPageProps): Promise<Metadata> {
  const { page } = await params
  return isIndexPage(page) ? METADATA[page] : { title: "Page not found" }
}

export default async function CachedIndexRoute({ params }: CachedPageProps) {
  const { page } = await params
  if (!isIndexPage(page)) notFound()
  if (page === "home") {
    // Only the featured few, with the catalog's real size for "See all N products".
    const [{ products, count }, latest] = await Promise.all([
      listProductPage({ limit: FEATURED_PRODUCTS }),
      orFallback(listGuides({ limit: 3 }), { guides: [], count: 0 }, "the latest guides"),
    ])
    return <HomeTemplate products={products} productCount={count} guides={latest.guides} />
  }
  // Later pages of the shop are src/app/cached/store/page/[page].
  if (page === "store") return <CatalogPageView category={null} page={1} />
  // The first page of every guide, no topic or search: what /guides?… (src/app/guides/page.tsx) shows unfiltered.
  const [all, first] = await Promise.all([listGuides({ limit: 50 }), listGuides({ limit: GUIDES_PAGE_SIZE })])
  const topics = [...new Set(all.guides.flatMap((g) => g.tags))].sort((a, b) => a.localeCompare(b))
  return (
    <GuidesIndexTemplate
      guides={first.guides}
      allGuides={all.guides}
      topics={topics}
      activeTopic={null}
      query=""
      page={1}
      pageCount={Math.max(1, Math.ceil(first.count / GUIDES_PAGE_SIZE))}
    />
  )
}
