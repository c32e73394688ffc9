import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { parsePage } from "@/lib/paging"
import { categoryMetadata, CategoryPageView } from "../../category-page"

// Cached like the category's first page: /categories/<handle>?page=N is rewritten here (next.config.ts), so
// the page number is part of the cached page's address, not a query string read per request.
export const revalidate = 300
export const dynamicParams = true
export async function generateStaticParams() {
  return []
}

interface CategoryPageNumberProps {
  params: Promise<{ handle: string; page: string }>
}

export async function generateMetadata({ params }: CategoryPageNumberProps): Promise<Metadata> {
  const { handle, page } = await params
  const number = parsePage(page)
  return number ? categoryMetadata(handle, number) : { title: "Page not found" }
}

export default async function CategoryPageNumber({ params }: CategoryPageNumberProps) {
  const { handle, page } = await params
  const number = parsePage(page)
  if (!number) notFound()
  return <CategoryPageView handle={handle} page={number} />
}
