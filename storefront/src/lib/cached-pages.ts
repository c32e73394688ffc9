import { parsePage } from "./paging"

/**
 * Public pages at fixed addresses that are served from Next's cache: each address is rewritten to
 * /cached/<page> (src/app/cached/[page]/page.tsx), a dynamic segment, so `next build` renders none of them.
 * The proxy rewrites /store and /guides, whose query strings it reads; next.config.ts rewrites the home page.
 */
export const CACHED_INDEX_PAGES = ["home", "store", "guides"] as const
export type CachedIndexPage = (typeof CACHED_INDEX_PAGES)[number]

/** Query parameters the guides index filters by; with any of them /guides is rendered per request. */
const GUIDE_FILTERS = ["tag", "q", "page"]

/**
 * Where the proxy sends a request: the cached page's internal address, "not-found" for someone asking for
 * /cached/… directly, or null to leave the request alone. The shop's ?page=N (2 and up) has a cached render of
 * its own (src/app/cached/store/page/[page]), as a category's has; page 1 and a malformed number are the first page.
 */
export function cachedPageRewrite(pathname: string, searchParams: URLSearchParams): string | "not-found" | null {
  if (pathname === "/cached" || pathname.startsWith("/cached/")) return "not-found"
  if (pathname === "/store") {
    const page = parsePage(searchParams.get("page") ?? undefined)
    return page && page > 1 ? `/cached/store/page/${page}` : "/cached/store"
  }
  if (pathname === "/guides" && !GUIDE_FILTERS.some((name) => searchParams.get(name))) return "/cached/guides"
  return null
}
