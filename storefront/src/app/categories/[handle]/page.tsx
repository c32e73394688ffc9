import type { Metadata } from "next"
import { categoryMetadata, CategoryPageView } from "./category-page"

// Rendered on a visitor's first request (none at build, so `next build` needs no backend), then served from
// Next's cache for everyone until the backend's tag revalidation or the timer refreshes it (README: Caching).
export const revalidate = 300
export const dynamicParams = true
export async function generateStaticParams() {
  return []
}

interface CategoryPageProps {
  params: Promise<{ handle: string }>
}

export async function generateMetadata({ params }: CategoryPageProps): Promise<Metadata> {
  return categoryMetadata((await params).handle, 1)
}

/** The first page of a category; ?page=N is rewritten to ./page/[page] (next.config.ts). */
export default async function CategoryPage({ params }: CategoryPageProps) {
  return <CategoryPageView handle={(await params).handle} page={1} />
}
