import type { Metadata } from "next"
import { nullIfNotFound, orFallback, orNotFound } from "@/lib/data/errors"
import { getGuideBySlug } from "@/lib/data/guides"
import { listProductsByHandle } from "@/lib/data/products"
import { guidePageProductHandles } from "@/lib/guides"
import { absoluteUrl, pageMetadata } from "@/lib/seo"
import { articleJsonLd } from "@/lib/structured-data"
import { JsonLd } from "@/modules/common/components/json-ld"
import { GuideTemplate } from "@/modules/guides/templates/guide-template"

// Rendered on a visitor's first request (none at build, so `next build` needs no backend), then served from
// Next's cache for everyone until the backend's tag revalidation or the timer refreshes it (README: Caching).
export const revalidate = 300
export const dynamicParams = true
export async function generateStaticParams() {
  return []
}

interface GuidePageProps {
  params: Promise<{ slug: string }>
}

export async function generateMetadata({ params }: GuidePageProps): Promise<Metadata> {
  const { slug } = await params
  const guide = await nullIfNotFound(getGuideBySlug(slug))
  if (!guide) return { title: "Guide not found" }
  return pageMetadata({
    title: guide.title,
    description: guide.summary || guide.title,
    path: `/guides/${guide.slug}`,
    images: [guide.heroImageUrl],
    type: "article",
    publishedTime: guide.publishedAt,
    modifiedTime: guide.updatedAt,
  })
}

export default async function GuidePage({ params }: GuidePageProps) {
  const { slug } = await params
  const guide = await orNotFound(getGuideBySlug(slug))
  // Live prices for the product cards, tagged per product; without them the guide still reads fine.
  const products = await orFallback(listProductsByHandle(guidePageProductHandles(guide)), [], "live prices")
  return (
    <>
      <JsonLd data={articleJsonLd(guide, absoluteUrl(`/guides/${guide.slug}`))} />
      <GuideTemplate guide={guide} products={products} />
    </>
  )
}
