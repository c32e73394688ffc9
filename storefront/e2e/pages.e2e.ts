import { createRequire } from "node:module"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import { FDA_DISCLAIMER_PLURAL, FDA_DISCLAIMER_SINGULAR } from "@biome/shared"
import { launchBrowser, screenshot, url } from "./browser"
import { BACKEND_URL } from "./stack"

const axePath = createRequire(__filename).resolve("axe-core/axe.min.js")

async function productHandles(): Promise<string[]> {
  const res = await fetch(`${BACKEND_URL}/store/products?limit=50&fields=handle`, {
    headers: { "x-publishable-api-key": inject("publishableKey") },
  })
  return ((await res.json()) as { products: { handle: string }[] }).products.map((p) => p.handle)
}

async function seriousAccessibilityViolations(page: Page) {
  await page.addScriptTag({ path: axePath })
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object
          ) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }>
        }
      }
    ).axe
    const { violations } = await axe.run(document, { resultTypes: ["violations"] })
    return violations
  })
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")})`
    )
}

describe("pages any visitor sees", () => {
  let browser: Browser
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  })

  afterAll(async () => {
    await browser?.close()
  })

  it("every product page with a marked claim carries the FDA disclaimer in the right number", async () => {
    const handles = await productHandles()
    expect(handles.length).toBeGreaterThanOrEqual(8)
    for (const handle of handles) {
      await page.goto(url(`/products/${handle}`))
      // What a reader sees: innerText leaves out the JSON-LD, which repeats the description.
      const text = await page.locator("main").innerText()
      const marked = (text.match(/\w\*/g) ?? []).length
      expect(marked, handle).toBeGreaterThan(0)
      const expected = marked === 1 ? FDA_DISCLAIMER_SINGULAR : FDA_DISCLAIMER_PLURAL
      expect(text.replace(/\s+/g, " "), handle).toContain(expected)
    }
  })

  it("every guide that makes a marked claim carries the disclaimer", async () => {
    await page.goto(url("/guides"))
    const links = await page.locator('main a[href^="/guides/"]').evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute("href")!))])
    expect(links.length).toBeGreaterThanOrEqual(4)
    for (const link of links) {
      await page.goto(url(link))
      const text = (await page.locator("main").innerText()).replace(/\s+/g, " ")
      if (/\w\*/.test(text))
        expect(text, link).toMatch(/(These statements have|This statement has) not been evaluated by the Food and Drug Administration/)
    }
  })

  it("keeps a logged-out visitor out of the account", async () => {
    for (const path of ["/account", "/account/subscriptions", "/account/orders"]) {
      await page.goto(url(path))
      expect(new URL(page.url()).pathname, path).toMatch(/^\/account(\/login)?$/)
      expect(await page.getByRole("heading", { name: "Your subscriptions" }).count()).toBe(0)
      expect(await page.getByRole("button", { name: "Log in" }).count()).toBeGreaterThan(0)
    }
  })

  it("reads a product and a guide with JavaScript switched off", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const reader = await context.newPage()
    await reader.goto(url("/products/daily-balance-probiotic"))
    expect(await reader.getByRole("heading", { name: "Supplement Facts" }).count()).toBe(1)
    expect(await reader.getByText("Lacticaseibacillus rhamnosus GG").count()).toBeGreaterThan(0)
    expect(await reader.getByRole("button", { name: "Add to cart" }).count()).toBe(1)

    await reader.goto(url("/guides"))
    const guide = await reader.locator('main a[href^="/guides/"]').first().getAttribute("href")
    await reader.goto(url(guide!))
    expect(await reader.getByRole("heading", { name: "References" }).count()).toBe(1)
    await context.close()
  })

  it("answers an unknown product with a helpful 404", async () => {
    const response = await page.goto(url("/products/no-such-probiotic"))
    expect(response?.status()).toBe(404)
  })

  it.each([
    ["home", "/"],
    ["catalog", "/store"],
    ["product", "/products/daily-balance-probiotic"],
    ["guides", "/guides"],
    // A guide with its references: the way back from a reference to its citation is a link in running text.
    ["guide", "/guides/fermented-foods-a-practical-guide"],
    ["cart", "/cart"],
    ["account-login", "/account/login"],
  ])("the %s page has no serious accessibility violations", async (name, path) => {
    await page.goto(url(path))
    expect(await seriousAccessibilityViolations(page)).toEqual([])
    if (name === "home") await screenshot(page, "home")
  })
})
