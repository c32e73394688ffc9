import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { parsePage } from "@/lib/paging"
import { CatalogPageView, storeMetadata } from "@/app/catalog-page"

// Cached like the shop's first page (/cached/[page]): the proxy rewrites /store?page=N here (src/lib/cached-pages.ts),
// so the page number is part of the cached page's address, as a category's is, not a query string read per request.
export const revalidate = 300
export const dynamicParams = true
export async function generateStaticParams() {
  return []
}

/** The page number as the address gave it (/cached/store/page/<page>); parsePage decides whether it is one. */
type StorePageParams = Promise<{ page: string }>

export async function generateMetadata({ params }: { params: StorePageParams }): Promise<Metadata> {
  const number = parsePage((await params).page)
  return number ? storeMetadata(number) : { title: "Page not found" }
}

export default async function StorePageNumber({ params }: { params: StorePageParams }) {
  const number = parsePage((await params).page)
  if (!number) notFound()
  return <CatalogPageView category={null} page={number} />
}
