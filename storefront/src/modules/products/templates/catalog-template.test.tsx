import { render, screen, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import type { CatalogCategoryDetail } from "@/lib/catalog"
import { immuneDailyDefence } from "@/test/catalog-fixtures"
import { CatalogTemplate } from "./catalog-template"

const kids: CatalogCategoryDetail = { id: "pcat_kids", handle: "kids", name: "Kids", description: null }
const hrefs = (nav: HTMLElement) =>
  within(nav)
    .getAllByRole("link")
    .map((a) => [a.textContent, a.getAttribute("href")])

describe("the catalog's pages", () => {
  it("pages the whole shop with plain links: the first page at /store, later ones at /store?page=N", () => {
    const { unmount } = render(<CatalogTemplate products={[immuneDailyDefence]} categories={[]} paging={{ page: 1, pageCount: 3 }} />)
    expect(hrefs(screen.getByRole("navigation", { name: "Pages of all products" }))).toEqual([
      ["1", "/store"],
      ["2", "/store?page=2"],
      ["3", "/store?page=3"],
      ["Next page", "/store?page=2"],
    ])
    unmount()

    render(<CatalogTemplate products={[immuneDailyDefence]} categories={[]} paging={{ page: 2, pageCount: 3 }} />)
    const pager = screen.getByRole("navigation", { name: "Pages of all products" })
    expect(within(pager).getByRole("link", { name: "Previous page" }).getAttribute("href")).toBe("/store")
    expect(within(pager).getByRole("link", { name: "Page 2 of 3" }).getAttribute("aria-current")).toBe("page")
    expect(within(pager).getByRole("link", { name: "Next page" }).getAttribute("href")).toBe("/store?page=3")
  })

  it("pages a category at its own address", () => {
    render(<CatalogTemplate products={[immuneDailyDefence]} categories={[kids]} category={kids} paging={{ page: 2, pageCount: 2 }} />)
    expect(hrefs(screen.getByRole("navigation", { name: "Pages of Kids" }))).toEqual([
      ["Previous page", "/categories/kids"],
      ["1", "/categories/kids"],
      ["2", "/categories/kids?page=2"],
    ])
  })

  it("shows no page links when everything fits on one page", () => {
    render(<CatalogTemplate products={[immuneDailyDefence]} categories={[]} paging={{ page: 1, pageCount: 1 }} />)
    expect(screen.queryByRole("navigation", { name: /Pages of/ })).toBeNull()
  })
})
