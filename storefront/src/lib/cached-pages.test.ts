import { describe, expect, it } from "vitest"
import { cachedPageRewrite } from "./cached-pages"

const rewrite = (address: string) => {
  const url = new URL(address, "http://shop.test")
  return cachedPageRewrite(url.pathname, url.searchParams)
}

describe("which addresses are served from the cached index pages", () => {
  it("sends the shop and the unfiltered guides index to their cached renders", () => {
    expect(rewrite("/store")).toBe("/cached/store")
    expect(rewrite("/guides")).toBe("/cached/guides")
    // Tracking parameters do not change the page.
    expect(rewrite("/guides?utm_source=mail")).toBe("/cached/guides")
    // The home page never meets the proxy: next.config.ts rewrites it.
    expect(rewrite("/")).toBeNull()
  })

  it("sends each later page of the shop to a cached render of its own, and page 1 or a malformed number to the first", () => {
    expect(rewrite("/store?page=2")).toBe("/cached/store/page/2")
    expect(rewrite("/store?page=9999")).toBe("/cached/store/page/9999")
    expect(rewrite("/store?utm_source=mail&page=3")).toBe("/cached/store/page/3")
    for (const page of ["1", "0", "-1", "01", "2.5", "abc", "", "10000", "99999999999999999999"]) {
      expect({ page, rewrite: rewrite(`/store?page=${page}`) }).toEqual({ page, rewrite: "/cached/store" })
    }
  })

  it("leaves a filtered or paged guides index to the per-request page", () => {
    for (const address of ["/guides?tag=skin", "/guides?q=kefir", "/guides?page=2"]) expect(rewrite(address)).toBeNull()
    // An empty filter is no filter.
    expect(rewrite("/guides?q=")).toBe("/cached/guides")
  })

  it("leaves every other page alone and hides the internal route", () => {
    for (const address of ["/products/x", "/guides/x", "/categories/x", "/cart", "/account", "/stores"]) expect(rewrite(address)).toBeNull()
    expect(rewrite("/cached/home")).toBe("not-found")
    expect(rewrite("/cached/store/page/2")).toBe("not-found")
    expect(rewrite("/cached")).toBe("not-found")
  })
})
