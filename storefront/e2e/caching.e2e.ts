import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, BrowserContext } from "playwright-core"
import { launchBrowser, url } from "./browser"
import { backendRequests } from "./request-log"
import { BACKEND_URL } from "./stack"
import { registerThroughEmail } from "./registration"

/**
 * Public pages are rendered once and then served from Next's cache for everyone: a repeat visit does not reach
 * the backend, a tag revalidation does, and nothing a visitor owns (cart, account) is ever part of such a page.
 * Backend requests are counted by the logging pass-through the storefront reaches the backend by.
 */
const SOLD_OUT_PRODUCT = "immune-daily-defence"

async function store<T>(path: string): Promise<T> {
  const res = await fetch(`${BACKEND_URL}${path}`, { headers: { "x-publishable-api-key": inject("publishableKey") } })
  expect(res.status, path).toBe(200)
  return (await res.json()) as T
}

/** How many backend requests the storefront made while `visit` ran. */
async function backendRequestsDuring(visit: () => Promise<unknown>): Promise<{ method: string; path: string }[]> {
  const before = (await backendRequests(inject("backendLogUrl"))).length
  await visit()
  return (await backendRequests(inject("backendLogUrl"))).slice(before)
}

async function get(path: string, cookie?: string): Promise<Response> {
  const res = await fetch(url(path), { headers: cookie ? { cookie } : {}, redirect: "manual" })
  expect(res.status, path).toBe(200)
  return res
}

describe("public pages served from cache", () => {
  let publicPaths: string[]

  beforeAll(async () => {
    const { products } = await store<{ products: { handle: string }[] }>("/store/products?limit=1&fields=handle")
    const { guides } = await store<{ guides: { slug: string }[] }>("/store/guides?limit=1")
    const { product_categories } = await store<{ product_categories: { handle: string }[] }>(
      "/store/product-categories?limit=1&fields=handle"
    )
    publicPaths = [
      "/",
      "/store",
      "/guides",
      `/products/${products[0]!.handle}`,
      `/guides/${guides[0]!.slug}`,
      `/categories/${product_categories[0]!.handle}`,
    ]
  })

  it("answer a repeat visit without asking the backend, with headers a CDN can cache and the security headers", async () => {
    for (const path of publicPaths) {
      await (await get(path)).text()
      const requests = await backendRequestsDuring(async () => {
        for (let i = 0; i < 3; i++) {
          const res = await get(path)
          const body = await res.text()
          expect(body.length, path).toBeGreaterThan(1000)
          expect({ path, cache: res.headers.get("x-nextjs-cache") }).toEqual({ path, cache: "HIT" })
          const cacheControl = res.headers.get("cache-control") ?? ""
          expect({ path, cdn: /s-maxage=\d+/.test(cacheControl) && /stale-while-revalidate=\d+/.test(cacheControl) }).toEqual({
            path,
            cdn: true,
          })
          expect(cacheControl, path).not.toMatch(/private|no-store/)
          expect(res.headers.get("content-security-policy"), path).toMatch(/frame-ancestors 'none'/)
          expect(res.headers.get("x-frame-options"), path).toBe("DENY")
        }
      })
      expect({ path, requests }).toEqual({ path, requests: [] })
    }
  })

  it("are rendered again after the backend's tag revalidation, which reaches the backend once", async () => {
    const { products } = await store<{ products: { handle: string }[] }>("/store/products?limit=1&fields=handle")
    const path = `/products/${products[0]!.handle}`
    await (await get(path)).text()
    const revalidate = await fetch(url("/api/revalidate"), {
      method: "POST",
      headers: { "content-type": "application/json", "x-revalidate-secret": "e2e-revalidate-secret" },
      body: JSON.stringify({ tags: [`product:${products[0]!.handle}`] }),
    })
    expect(revalidate.status).toBe(200)
    const requests = await backendRequestsDuring(async () => {
      await (await get(path)).text()
      await (await get(path)).text()
    })
    // The product itself is fetched again (once: the second visit is a cache hit again).
    const productFetches = requests.filter((r) => r.path.startsWith("/store/products?") && r.path.includes(products[0]!.handle))
    expect(productFetches).toHaveLength(1)
  })

  it("pages about one visitor are never stored: private, no-store", async () => {
    for (const path of ["/cart", "/checkout", "/account/login", "/api/visitor", "/guides?tag=skin"]) {
      const res = await fetch(url(path), { redirect: "manual" })
      const cacheControl = res.headers.get("cache-control") ?? ""
      expect({ path, cacheControl: /private/.test(cacheControl) && /no-store/.test(cacheControl) }).toEqual({ path, cacheControl: true })
    }
  })
})

describe("what a cached page asks of the server once it is in the browser", () => {
  it("prefetches the public pages it links to, never the per-visitor account and cart", async () => {
    const browser = await launchBrowser()
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
      const fetched: string[] = []
      page.on("request", (request) => {
        const address = new URL(request.url())
        if (address.searchParams.has("_rsc")) fetched.push(address.pathname)
      })
      await page.goto(url(`/products/${SOLD_OUT_PRODUCT}`))
      await page.waitForLoadState("networkidle")
      // Next prefetches the links in view: the shop and the guides, as public and cached as the page itself.
      await expect.poll(() => fetched, { timeout: 15_000 }).toEqual(expect.arrayContaining(["/store", "/guides"]))
      expect(fetched.filter((path) => path.startsWith("/account") || path.startsWith("/cart"))).toEqual([])
    } finally {
      await browser.close()
    }
  })
})

describe("no visitor's cart or account in a cached page", () => {
  let browser: Browser
  let customer: BrowserContext
  let stranger: BrowserContext
  const email = `cached.${Date.now()}@example.com`
  const firstName = "Quillon"

  beforeAll(async () => {
    browser = await launchBrowser()
    customer = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    stranger = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  })

  afterAll(async () => {
    await browser?.close()
  })

  it("a logged-in customer with a cart sees their count and email; an anonymous visitor afterwards sees neither", async () => {
    const page = await customer.newPage()
    await page.goto(url("/account/login"))
    await registerThroughEmail(page, page.getByRole("region", { name: "Create an account" }), {
      email,
      firstName,
      lastName: "Marrowby",
      password: "a long enough password",
    })
    await page.waitForURL((u) => !u.pathname.startsWith("/account/login") && !u.pathname.startsWith("/account/register"))

    await page.goto(url(`/products/${SOLD_OUT_PRODUCT}`))
    await page.getByRole("button", { name: "Add to cart" }).click()
    // Polling the form's text, so a failure shows what the form said instead.
    await expect.poll(() => page.getByTestId("purchase-form").innerText(), { timeout: 60_000 }).toMatch(/Added to your cart/)
    // The header's count follows the action although the page around it is cached.
    await page.getByTestId("cart-count").getByText("1", { exact: true }).waitFor()

    await page.goto(url(`/products/${SOLD_OUT_PRODUCT}`))
    await page.getByTestId("cart-count").getByText("1", { exact: true }).waitFor()
    // "Notify me" belongs to the sold-out size, once it is chosen.
    await page.getByRole("radio", { name: /60 capsules/ }).check()
    const notifyEmail = page.getByRole("region", { name: "60 capsules: back soon" }).getByLabel("Email address")
    await expect.poll(() => notifyEmail.inputValue()).toBe(email)

    // The very HTML the customer was sent is the shared cached copy: nothing of theirs in it.
    const cookies = await customer.cookies()
    const cartId = cookies.find((c) => c.name === "_biome_cart_id")?.value
    expect(cartId).toMatch(/^cart_/)
    const cookieHeader = cookies.map((c) => `${c.name}=${c.value}`).join("; ")
    const theirs = await get(`/products/${SOLD_OUT_PRODUCT}`, cookieHeader)
    expect(theirs.headers.get("x-nextjs-cache")).toBe("HIT")
    const theirHtml = await theirs.text()
    for (const secret of [email, firstName, cartId!]) expect(theirHtml).not.toContain(secret)

    // A stranger after them: no count, no email, in the page or in what the browser shows.
    const other = await stranger.newPage()
    for (const path of [`/products/${SOLD_OUT_PRODUCT}`, "/", "/store"]) {
      const response = await other.goto(url(path))
      const html = (await response!.text()) + (await other.content())
      for (const secret of [email, firstName, cartId!]) expect({ path, leaked: html.includes(secret) }).toEqual({ path, leaked: false })
      expect(await other.getByTestId("cart-count").count()).toBe(0)
    }
    await other.goto(url(`/products/${SOLD_OUT_PRODUCT}`))
    await other.waitForLoadState("networkidle")
    await other.getByRole("radio", { name: /60 capsules/ }).check()
    await other.waitForLoadState("networkidle")
    expect(await other.getByRole("region", { name: "60 capsules: back soon" }).getByLabel("Email address").inputValue()).toBe("")
    expect(await other.getByTestId("cart-count").count()).toBe(0)
  })
})
