import "server-only"
import type { Metadata } from "next"
import { siteUrl } from "./env"
import { pageHref } from "./paging"
import { SHOP_NAME } from "./shop"

/** An absolute URL on this storefront, for JSON-LD and the sitemap. */
export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith("/") ? path : `/${path}`}`
}

/**
 * A page's metadata: title, description, its canonical URL and Open Graph card. Paths are resolved against
 * metadataBase (NEXT_PUBLIC_BASE_URL), set once in the root layout.
 */
export function pageMetadata(page: {
  title: string
  description: string
  path: string
  images?: (string | null | undefined)[]
  type?: "website" | "article"
  publishedTime?: string | null
  modifiedTime?: string | null
  absoluteTitle?: boolean
  noIndex?: boolean
}): Metadata {
  const images = (page.images ?? []).filter((src): src is string => Boolean(src))
  return {
    title: page.absoluteTitle ? { absolute: page.title } : page.title,
    description: page.description,
    alternates: { canonical: page.path },
    openGraph: {
      title: page.title,
      description: page.description,
      url: page.path,
      siteName: SHOP_NAME,
      type: page.type ?? "website",
      locale: "en_US",
      ...(images.length > 0 ? { images } : {}),
      ...(page.type === "article" ? { publishedTime: page.publishedTime ?? undefined, modifiedTime: page.modifiedTime ?? undefined } : {}),
    },
    ...(page.noIndex ? { robots: { index: false, follow: false } } : {}),
  }
}

/**
 * One page of a paged listing (the shop, a category): later pages say their number in the title and are each
 * their own canonical address (?page=N), the first is the plain one.
 */
export function listingPageMetadata(listing: { title: string; description: string; path: string }, page: number): Metadata {
  return pageMetadata({
    title: page > 1 ? `${listing.title}, page ${page}` : listing.title,
    description: listing.description,
    path: pageHref(listing.path, page),
  })
}

/** Private pages (cart, checkout, account): a title, and never in a search index. */
export function privatePageMetadata(title: string, path: string): Metadata {
  return { title, alternates: { canonical: path }, robots: { index: false, follow: false } }
}
