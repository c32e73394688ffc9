/** Products on one page of the shop or a category: four rows of a six-column grid, six of a four-column one. */
export const PRODUCT_PAGE_SIZE = 24

/** The highest page an address may ask for; anything larger is not a page this shop will ever have. */
export const MAX_PAGE = 9999

/** How many pages `count` items fill; an empty list is still one (empty) page. */
export function pageCount(count: number, pageSize: number): number {
  return Math.max(1, Math.ceil(Math.max(0, count) / pageSize))
}

/** The offset of a page's first item (page 1 starts at 0). */
export function pageOffset(page: number, pageSize: number): number {
  return (page - 1) * pageSize
}

/**
 * A page number from an address: digits only, 1 to MAX_PAGE, no sign, no leading zero. Anything else is null,
 * so the caller answers with a not-found page instead of a guess.
 */
export function parsePage(raw: string | undefined): number | null {
  if (raw === undefined || !/^[1-9][0-9]{0,3}$/.test(raw)) return null
  const page = Number(raw)
  return page <= MAX_PAGE ? page : null
}

/** The address of one page of a listing: the first page is the plain address, others add ?page=N. */
export function pageHref(basePath: string, page: number): string {
  return page > 1 ? `${basePath}?page=${page}` : basePath
}

/**
 * The page numbers to link to around the current one: always the first and last, the current page and its
 * neighbours, and null where a run of pages is left out ("1 … 4 5 6 … 12").
 */
export function pageWindow(current: number, count: number): (number | null)[] {
  const shown = [...new Set([1, current - 1, current, current + 1, count])]
    .filter((page) => page >= 1 && page <= count)
    .sort((a, b) => a - b)
  const window: (number | null)[] = []
  for (const page of shown) {
    const previous = window[window.length - 1]
    if (typeof previous === "number" && page - previous === 2) window.push(previous + 1)
    else if (typeof previous === "number" && page - previous > 2) window.push(null)
    window.push(page)
  }
  return window
}

/** A sitemap file holds at most 50,000 addresses (sitemaps.org); reading stops there. */
export const SITEMAP_MAX_ITEMS = 50_000

/**
 * Every item of a list the backend serves a page at a time: asks for page after page until `count` items (as
 * the first answer said) are read, an answer comes back empty, or `maxItems` is reached.
 */
export async function collectAllPages<T>(
  fetchPage: (offset: number, limit: number) => Promise<{ items: T[]; count: number }>,
  pageSize: number,
  maxItems = SITEMAP_MAX_ITEMS
): Promise<T[]> {
  const items: T[] = []
  let total = Number.POSITIVE_INFINITY
  while (items.length < Math.min(total, maxItems)) {
    const page = await fetchPage(items.length, Math.min(pageSize, maxItems - items.length))
    total = page.count
    if (page.items.length === 0) break
    items.push(...page.items)
  }
  return items.slice(0, maxItems)
}
