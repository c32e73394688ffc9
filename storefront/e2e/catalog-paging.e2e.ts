import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest"
import type { Browser, Page } from "playwright-core"
import { launchBrowser, url } from "./browser"
import { backendRequests } from "./request-log"
import { ADMIN_EMAIL, ADMIN_PASSWORD, BACKEND_URL } from "./stack"

/**
 * A category, and the whole shop, with more products than one page holds (24) are read page by page through
 * plain links, with or without JavaScript; each page is a cached page of its own. The admin adds the 25
 * products for this file and removes them afterwards, so the seeded catalog the other files count stays as it was.
 */
const PRODUCT_COUNT = 25
const stamp = Date.now()
const CATEGORY = { name: `Paging test ${stamp}`, handle: `paging-test-${stamp}` }

let adminToken = ""
async function adminApi<T>(path: string, method = "GET", body?: unknown): Promise<T> {
  const res = await fetch(`${BACKEND_URL}${path}`, {
    method,
    headers: { "content-type": "application/json", authorization: `Bearer ${adminToken}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  expect(res.status, `${method} ${path}: ${res.status === 200 ? "" : await res.clone().text()}`).toBe(200)
  return (await res.json()) as T
}

async function storeApi<T>(path: string): Promise<T> {
  const res = await fetch(`${BACKEND_URL}${path}`, { headers: { "x-publishable-api-key": inject("publishableKey") } })
  expect(res.status, path).toBe(200)
  return (await res.json()) as T
}

const productsOnPage = (page: Page) => page.getByRole("region", { name: "Products" }).getByRole("article")
const pager = (page: Page) => page.getByRole("navigation", { name: `Pages of ${CATEGORY.name}` })

let browser: Browser
let categoryId = ""
const productIds: string[] = []

beforeAll(async () => {
  const login = await fetch(`${BACKEND_URL}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: ADMIN_EMAIL, password: ADMIN_PASSWORD }),
  })
  adminToken = ((await login.json()) as { token: string }).token
  // Every sales channel, so the storefront's publishable key sees the products whichever channel it is tied to.
  const { sales_channels } = await adminApi<{ sales_channels: { id: string }[] }>("/admin/sales-channels?limit=50&fields=id")
  const { product_category } = await adminApi<{ product_category: { id: string } }>("/admin/product-categories", "POST", {
    ...CATEGORY,
    is_active: true,
    is_internal: false,
  })
  categoryId = product_category.id
  for (let i = 1; i <= PRODUCT_COUNT; i++) {
    const number = String(i).padStart(2, "0")
    const { product } = await adminApi<{ product: { id: string } }>("/admin/products", "POST", {
      title: `Paging Probiotic ${number}`,
      handle: `paging-probiotic-${stamp}-${number}`,
      status: "published",
      categories: [{ id: categoryId }],
      sales_channels: sales_channels.map((c) => ({ id: c.id })),
      options: [{ title: "Size", values: ["30 capsules"] }],
      variants: [
        {
          title: "30 capsules",
          options: { Size: "30 capsules" },
          manage_inventory: false,
          prices: [{ currency_code: "usd", amount: 20 }],
        },
      ],
    })
    productIds.push(product.id)
  }
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  for (const id of productIds) await adminApi(`/admin/products/${id}`, "DELETE")
  if (categoryId) await adminApi(`/admin/product-categories/${categoryId}`, "DELETE")
})

describe("a category with more than one page of products", () => {
  it("shows 24 products on the first page and the 25th on page 2, with Previous and Next links that work without JavaScript", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    expect((await page.goto(url(`/categories/${CATEGORY.handle}`)))?.status()).toBe(200)
    expect(await productsOnPage(page).count()).toBe(24)
    expect(await pager(page).getByRole("link", { name: "Previous page" }).count()).toBe(0)
    expect(await pager(page).getByRole("link", { name: "Page 1 of 2" }).getAttribute("aria-current")).toBe("page")

    await pager(page).getByRole("link", { name: "Next page" }).click()
    await page.waitForURL((address) => address.search === "?page=2")
    expect(await productsOnPage(page).count()).toBe(1)
    expect(await productsOnPage(page).first().innerText()).toContain(`Paging Probiotic ${PRODUCT_COUNT}`)
    expect(await pager(page).getByRole("link", { name: "Page 2 of 2" }).getAttribute("aria-current")).toBe("page")
    expect(await pager(page).getByRole("link", { name: "Next page" }).count()).toBe(0)

    await pager(page).getByRole("link", { name: "Previous page" }).click()
    await page.waitForURL((address) => address.search === "")
    expect(await productsOnPage(page).first().innerText()).toContain("Paging Probiotic 01")
    await context.close()
  })

  it("serves page 2 from the cache on a repeat visit", async () => {
    await (await fetch(url(`/categories/${CATEGORY.handle}?page=2`))).text()
    const again = await fetch(url(`/categories/${CATEGORY.handle}?page=2`))
    expect(again.status).toBe(200)
    expect(await again.text()).toContain(`Paging Probiotic ${PRODUCT_COUNT}`)
    expect(again.headers.get("x-nextjs-cache")).toBe("HIT")
    expect(again.headers.get("cache-control") ?? "").toMatch(/s-maxage=\d+/)
  })

  it("answers a page past the last with a 404, and a malformed page number with the first page, never an error", async () => {
    expect((await fetch(url(`/categories/${CATEGORY.handle}?page=3`))).status).toBe(404)
    expect((await fetch(url(`/categories/${CATEGORY.handle}?page=9999`))).status).toBe(404)
    for (const malformed of ["abc", "0", "-1", "2.5", "99999", ""]) {
      const res = await fetch(url(`/categories/${CATEGORY.handle}?page=${encodeURIComponent(malformed)}`))
      expect({ malformed, status: res.status }).toEqual({ malformed, status: 200 })
      expect(await res.text(), malformed).toContain("Paging Probiotic 01")
    }
  })

  it("lists every product in the sitemap, the 25 new ones too", async () => {
    const sitemap = await (await fetch(url("/sitemap.xml"))).text()
    const { count } = await storeApi<{ count: number }>("/store/products?limit=1&fields=handle")
    expect(count).toBeGreaterThan(PRODUCT_COUNT)
    expect(sitemap.match(/\/products\//g)).toHaveLength(count)
    expect(sitemap).toContain(`/products/paging-probiotic-${stamp}-${PRODUCT_COUNT}`)
    // Pages of a listing are not addresses of their own in the sitemap: the plain /store and /categories/<handle> are.
    expect(sitemap).not.toMatch(/[?&]page=/)
  })

  it("shows no page links in a category that fits on one page", async () => {
    // The seeded shop has about 20 products in all, so each of its own categories fits on one page.
    const { product_categories } = await storeApi<{ product_categories: { id: string; handle: string; name: string }[] }>(
      "/store/product-categories?limit=50&fields=id,handle,name"
    )
    let seeded: { handle: string; name: string; count: number } | undefined
    for (const category of product_categories.filter((c) => c.handle !== CATEGORY.handle)) {
      const { count } = await storeApi<{ count: number }>(`/store/products?limit=1&fields=id&category_id[]=${category.id}`)
      if (count > 0) {
        seeded = { ...category, count }
        break
      }
    }
    expect(seeded?.count).toBeLessThanOrEqual(24)
    const page = await browser.newPage()
    await page.goto(url(`/categories/${seeded!.handle}`))
    expect(await productsOnPage(page).count()).toBe(seeded!.count)
    expect(await page.getByRole("navigation", { name: `Pages of ${seeded!.name}` }).count()).toBe(0)
    await page.close()
  })
})

describe("the whole shop with more than one page of products", () => {
  const shopPager = (page: Page) => page.getByRole("navigation", { name: "Pages of all products" })
  // The shop as the backend lists it, A to Z as the storefront asks: its size and the first product of pages 1 and 2.
  let count = 0
  let pages = 0
  let first = { handle: "", title: "" }
  let secondPageFirst = { handle: "", title: "" }

  beforeAll(async () => {
    type Listing = { products: { handle: string; title: string }[]; count: number }
    const pageOne = await storeApi<Listing>("/store/products?limit=1&offset=0&order=title&fields=handle,title")
    const pageTwo = await storeApi<Listing>("/store/products?limit=1&offset=24&order=title&fields=handle,title")
    count = pageOne.count
    pages = Math.ceil(count / 24)
    first = pageOne.products[0]!
    secondPageFirst = pageTwo.products[0]!
    expect(pages).toBeGreaterThanOrEqual(2)
    // The backend refreshes the cached shop and home page after the admin's changes (products tag), within seconds.
    // vi.waitFor, not expect.poll: vitest allows expect.poll only inside a test.
    await vi.waitFor(async () => expect(await (await fetch(url("/store"))).text()).toContain("Pages of all products"), {
      timeout: 60_000,
      interval: 500,
    })
  })

  it("shows 24 products a page with Previous, Next and page links that work without JavaScript, each page its own canonical address", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    expect((await page.goto(url("/store")))?.status()).toBe(200)
    expect(await productsOnPage(page).count()).toBe(24)
    expect(await productsOnPage(page).first().innerText()).toContain(first.title)
    expect(await shopPager(page).getByRole("link", { name: "Previous page" }).count()).toBe(0)
    expect(
      await shopPager(page)
        .getByRole("link", { name: `Page 1 of ${pages}` })
        .getAttribute("aria-current")
    ).toBe("page")
    expect(new URL((await page.locator('link[rel="canonical"]').getAttribute("href"))!).pathname).toBe("/store")

    await shopPager(page).getByRole("link", { name: "Next page" }).click()
    await page.waitForURL((address) => address.pathname === "/store" && address.search === "?page=2")
    expect(await productsOnPage(page).count()).toBe(Math.min(24, count - 24))
    expect(await productsOnPage(page).first().innerText()).toContain(secondPageFirst.title)
    expect(
      await shopPager(page)
        .getByRole("link", { name: `Page 2 of ${pages}` })
        .getAttribute("aria-current")
    ).toBe("page")
    expect(await shopPager(page).getByRole("link", { name: "Next page" }).count()).toBe(pages > 2 ? 1 : 0)
    const canonical = new URL((await page.locator('link[rel="canonical"]').getAttribute("href"))!)
    expect(`${canonical.pathname}${canonical.search}`).toBe("/store?page=2")
    expect(await page.title()).toContain("Shop all probiotics, page 2")

    await shopPager(page).getByRole("link", { name: "Previous page" }).click()
    await page.waitForURL((address) => address.pathname === "/store" && address.search === "")
    expect(await productsOnPage(page).first().innerText()).toContain(first.title)
    await context.close()
  })

  it("counts every product of the shop in the home page's link to it", async () => {
    const page = await browser.newPage()
    await page.goto(url("/"))
    expect(await page.getByRole("link", { name: `See all ${count} products` }).getAttribute("href")).toBe("/store")
    await page.close()
  })

  it("serves page 2 from the cache on a repeat visit, and renders it again after the backend's products tag", async () => {
    await (await fetch(url("/store?page=2"))).text()
    const again = await fetch(url("/store?page=2"))
    expect(again.status).toBe(200)
    const html = await again.text()
    expect(html).toContain(`/products/${secondPageFirst.handle}`)
    expect(html).not.toContain(`/products/${first.handle}"`)
    expect(again.headers.get("x-nextjs-cache")).toBe("HIT")
    expect(again.headers.get("cache-control") ?? "").toMatch(/s-maxage=\d+/)

    const revalidate = await fetch(url("/api/revalidate"), {
      method: "POST",
      headers: { "content-type": "application/json", "x-revalidate-secret": "e2e-revalidate-secret" },
      body: JSON.stringify({ tags: ["products"] }),
    })
    expect(revalidate.status).toBe(200)
    const before = (await backendRequests(inject("backendLogUrl"))).length
    await (await fetch(url("/store?page=2"))).text()
    await (await fetch(url("/store?page=2"))).text()
    const requests = (await backendRequests(inject("backendLogUrl"))).slice(before)
    // Page 2's products are asked for again, once: the second visit is a cache hit again.
    expect(requests.filter((r) => r.path.startsWith("/store/products?") && r.path.includes("offset=24"))).toHaveLength(1)
  })

  it("answers a page past the last with a 404, and page 1, 0, a negative or malformed number with the first page", async () => {
    expect((await fetch(url(`/store?page=${pages + 1}`))).status).toBe(404)
    expect((await fetch(url("/store?page=9999"))).status).toBe(404)
    for (const malformed of ["1", "abc", "0", "-1", "2.5", "99999", ""]) {
      const res = await fetch(url(`/store?page=${encodeURIComponent(malformed)}`))
      expect({ malformed, status: res.status }).toEqual({ malformed, status: 200 })
      const html = await res.text()
      expect({ malformed, first: html.includes(`/products/${first.handle}"`) }).toEqual({ malformed, first: true })
      expect({ malformed, second: html.includes(`/products/${secondPageFirst.handle}"`) }).toEqual({ malformed, second: false })
    }
  })
})
