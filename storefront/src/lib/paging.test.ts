import { describe, expect, it } from "vitest"
import { PRODUCT_PAGE_SIZE, collectAllPages, pageCount, pageHref, pageOffset, pageWindow, parsePage } from "./paging"

describe("paging the shop and its categories", () => {
  it("fills 24 products a page, and an empty or small list is one page", () => {
    expect(PRODUCT_PAGE_SIZE).toBe(24)
    expect(pageCount(0, 24)).toBe(1)
    expect(pageCount(20, 24)).toBe(1)
    expect(pageCount(24, 24)).toBe(1)
    expect(pageCount(25, 24)).toBe(2)
    expect(pageCount(5000, 24)).toBe(209)
  })

  it("starts page 2 after the first page's 24 products", () => {
    expect(pageOffset(1, 24)).toBe(0)
    expect(pageOffset(2, 24)).toBe(24)
    expect(pageOffset(10, 24)).toBe(216)
  })

  it("reads a page number from the address only when it is plain digits in range", () => {
    expect(parsePage("1")).toBe(1)
    expect(parsePage("2")).toBe(2)
    expect(parsePage("9999")).toBe(9999)
    for (const raw of [undefined, "", "0", "-1", "01", "2.5", "1e3", "abc", "2abc", " 2", "10000", "99999999999999999999"]) {
      expect({ raw, page: parsePage(raw) }).toEqual({ raw, page: null })
    }
  })

  it("links the first page at the plain address and later pages with ?page=N", () => {
    expect(pageHref("/categories/kids", 1)).toBe("/categories/kids")
    expect(pageHref("/categories/kids", 3)).toBe("/categories/kids?page=3")
  })

  it("shows the first, last, current and neighbouring page numbers, with a gap where pages are left out", () => {
    expect(pageWindow(1, 1)).toEqual([1])
    expect(pageWindow(1, 2)).toEqual([1, 2])
    expect(pageWindow(2, 3)).toEqual([1, 2, 3])
    expect(pageWindow(1, 12)).toEqual([1, 2, null, 12])
    expect(pageWindow(6, 12)).toEqual([1, null, 5, 6, 7, null, 12])
    // A gap of one page shows that page instead of an ellipsis.
    expect(pageWindow(4, 12)).toEqual([1, 2, 3, 4, 5, null, 12])
    expect(pageWindow(12, 12)).toEqual([1, null, 11, 12])
  })
})

describe("reading a whole list a page at a time", () => {
  const list = Array.from({ length: 250 }, (_, i) => i)
  const pages = (data: number[]) => {
    const asked: [number, number][] = []
    const fetchPage = async (offset: number, limit: number) => {
      asked.push([offset, limit])
      return { items: data.slice(offset, offset + limit), count: data.length }
    }
    return { asked, fetchPage }
  }

  it("reads every item, not only the first page", async () => {
    const { asked, fetchPage } = pages(list)
    expect(await collectAllPages(fetchPage, 100)).toEqual(list)
    expect(asked).toEqual([
      [0, 100],
      [100, 100],
      [200, 100],
    ])
  })

  it("asks once for a list that fits on one page, also an empty one", async () => {
    const small = pages(list.slice(0, 20))
    expect(await collectAllPages(small.fetchPage, 100)).toHaveLength(20)
    expect(small.asked).toEqual([[0, 100]])
    const empty = pages([])
    expect(await collectAllPages(empty.fetchPage, 100)).toEqual([])
    expect(empty.asked).toEqual([[0, 100]])
  })

  it("stops at the cap, and when the backend runs out before the count it gave", async () => {
    const { asked, fetchPage } = pages(list)
    expect(await collectAllPages(fetchPage, 100, 150)).toEqual(list.slice(0, 150))
    expect(asked).toEqual([
      [0, 100],
      [100, 50],
    ])
    const shrinking = async (offset: number) => ({ items: offset === 0 ? [1, 2] : [], count: 10 })
    expect(await collectAllPages(shrinking, 2)).toEqual([1, 2])
  })
})

describe("the address a category page number is read from", () => {
  it("is rewritten to its own cached page exactly when the page number is one parsePage reads", async () => {
    const { default: nextConfig } = await import("../../next.config")
    const rewrites = (await nextConfig.rewrites!()) as { beforeFiles: { source: string; has: { value: string }[]; destination: string }[] }
    const rule = rewrites.beforeFiles.find((r) => r.source === "/categories/:handle")!
    expect(rule.destination).toBe("/categories/:handle/page/:page")
    // Next matches a `has` value as a whole (^…$).
    const matches = new RegExp(`^${rule.has[0]!.value}$`)
    for (const raw of ["1", "2", "24", "9999", "0", "01", "-1", "2.5", "abc", "10000", ""]) {
      expect({ raw, rewritten: matches.test(raw) }).toEqual({ raw, rewritten: parsePage(raw) !== null })
    }
  })
})
