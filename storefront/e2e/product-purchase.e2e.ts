import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { mkdirSync } from "node:fs"
import { ARTIFACTS, launchBrowser, screenshot, url } from "./browser"
import { BACKEND_URL } from "./stack"

// Gut Restore 50, 30 capsules: $39.99 once, $33.99 with the default 15% subscribe-and-save.
const PRODUCT = "/products/gut-restore-50"

interface CartItem {
  quantity: number
  unit_price: number
  metadata: Record<string, unknown> | null
}

/** The visitor's cart as the backend holds it: what "Add to cart" really added. */
async function cartItems(context: BrowserContext): Promise<CartItem[]> {
  const cartId = (await context.cookies()).find((c) => c.name === "_biome_cart_id")?.value
  if (!cartId) return []
  const res = await fetch(`${BACKEND_URL}/store/carts/${cartId}?fields=*items`, {
    headers: { "x-publishable-api-key": inject("publishableKey") },
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { cart: { items: CartItem[] } }).cart.items
}

const quantityOf = (items: CartItem[]) => items.reduce((sum, item) => sum + item.quantity, 0)

/** The summary as a customer sees it: innerText leaves out what CSS hides. */
const shownSummary = (page: Page) => page.getByTestId("purchase-summary").innerText()

/**
 * Blocker 2 of issue 10: after adding a subscription the form fell back to "One-time purchase" under a
 * subscription price, and the next add put a full-price one-time line in the cart. What the page shows must
 * be what the button adds, before and after an add, with and without JavaScript. Adding the same subscription
 * twice gives one subscription line of quantity 2 (the backend merges identical lines); either way no line is
 * ever one-time.
 */
describe("the product page adds exactly what it shows", () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it("with JavaScript: subscribe, add, add again: two deliveries of the subscription at $33.99, no one-time line", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(url(PRODUCT))
    await page.getByRole("radio", { name: "Subscribe & save" }).check()
    await page.getByLabel("Deliver every").selectOption("60")
    expect(await shownSummary(page)).toMatch(/\$33\.99 every 60 days/)

    await page.getByRole("button", { name: "Add to cart" }).click()
    await page.getByText("Added to your cart as a subscription, delivered every 60 days.").waitFor()
    await expect.poll(async () => quantityOf(await cartItems(context)), { timeout: 15_000 }).toBe(1)

    // After the add the controls still say subscription every 60 days, as the summary does.
    expect(await page.getByRole("radio", { name: "Subscribe & save" }).isChecked()).toBe(true)
    expect(await page.getByRole("radio", { name: "One-time purchase" }).isChecked()).toBe(false)
    expect(await page.getByLabel("Deliver every").inputValue()).toBe("60")
    expect(await shownSummary(page)).toMatch(/\$33\.99 every 60 days/)

    await page.getByRole("button", { name: "Add to cart" }).and(page.locator(":enabled")).click()
    await expect.poll(async () => quantityOf(await cartItems(context)), { timeout: 15_000 }).toBe(2)

    const items = await cartItems(context)
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({ quantity: 2, unit_price: 33.99 })
    expect(items[0]!.metadata?.subscription_interval_days).toBe(60)
    await context.close()
  })

  it("without JavaScript: the summary follows the controls, and the page comes back showing what was added", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(url(PRODUCT))
    expect(await shownSummary(page)).toBe("$39.99")

    await page.getByRole("radio", { name: "Subscribe & save" }).check()
    await page.getByLabel("Deliver every").selectOption("90")
    expect(await shownSummary(page)).toContain("$39.99")
    expect(await shownSummary(page)).toMatch(/\$33\.99 every 90 days/)
    expect(await page.getByLabel("Deliver every").isVisible()).toBe(true)

    // Another size: its own prices, never the first size's.
    await page.getByRole("radio", { name: /60 capsules/ }).check()
    expect(await shownSummary(page)).not.toContain("$33.99")
    expect(await shownSummary(page)).toContain("$69.99")
    await page.getByRole("radio", { name: /30 capsules/ }).check()

    await page.getByRole("radio", { name: "One-time purchase" }).check()
    expect(await shownSummary(page)).toBe("$39.99")
    expect(await page.getByLabel("Deliver every").isVisible()).toBe(false)

    await page.getByRole("radio", { name: "Subscribe & save" }).check()
    expect(await shownSummary(page)).toMatch(/\$33\.99 every 90 days/)
    await page.getByRole("button", { name: "Add to cart" }).click()
    await page.getByText("Added to your cart as a subscription, delivered every 90 days.").waitFor()

    // The page the post returns shows the subscription just added, so adding again adds the same.
    expect(await page.getByRole("radio", { name: "Subscribe & save" }).isChecked()).toBe(true)
    expect(await page.getByLabel("Deliver every").inputValue()).toBe("90")
    expect(await shownSummary(page)).toMatch(/\$33\.99 every 90 days/)
    await screenshot(page, "product-added-without-javascript")
    await page.getByRole("button", { name: "Add to cart" }).click()
    await expect.poll(async () => quantityOf(await cartItems(context)), { timeout: 15_000 }).toBe(2)

    const items = await cartItems(context)
    for (const item of items) {
      expect(item.unit_price).toBe(33.99)
      expect(item.metadata?.subscription_interval_days).toBe(90)
    }
    await context.close()
  })

  it("on a phone: price and 'Add to cart' in the first screen, the whole pack in view, 'notify me' only for the chosen sold-out size", async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2 })
    const page = await context.newPage()
    await page.goto(url("/products/immune-daily-defence"))
    await page.locator('[data-testid="purchase-form"][data-hydrated]').waitFor()
    mkdirSync(ARTIFACTS, { recursive: true })
    await page.screenshot({ path: `${ARTIFACTS}/product-phone-first-screen.png` })

    const inFirstScreen = async (selector: string) => {
      const box = await page.locator(selector).first().boundingBox()
      if (!box) throw new Error(`${selector} is not shown: ${await page.getByTestId("purchase-form").innerHTML()}`)
      return box.y >= 0 && box.y + box.height <= 812 && box.x >= 0 && box.x + box.width <= 375
    }
    expect(await page.getByTestId("purchase-summary").innerText()).toContain("$31.99")
    expect(await inFirstScreen('[data-testid="purchase-summary"] [data-testid="summary-price"]:visible')).toBe(true)
    expect(await inFirstScreen("button:text-is('Add to cart')")).toBe(true)
    // Nothing is wider than the screen, and the artwork keeps its square shape inside it.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    const art = (await page.getByRole("img", { name: "Immune Daily Defence", exact: true }).first().boundingBox())!
    expect(art.x).toBeGreaterThanOrEqual(0)
    expect(art.x + art.width).toBeLessThanOrEqual(375)
    expect(Math.abs(art.width - art.height)).toBeLessThan(2)
    await screenshot(page, "product-phone")

    // The 30-capsule size is chosen and in stock: no "notify me". The sold-out 60 shows it and cannot be added.
    expect(await page.getByRole("button", { name: "Notify me" }).count()).toBe(0)
    await page.getByRole("radio", { name: /60 capsules/ }).check()
    expect(await page.getByRole("region", { name: "60 capsules: back soon" }).isVisible()).toBe(true)
    expect(await page.getByRole("button", { name: "Notify me" }).count()).toBe(1)
    const addButton = page.getByTestId("purchase-form").getByRole("button", { name: "Add to cart", exact: true, includeHidden: true })
    expect(await addButton.isDisabled()).toBe(true)
    expect(await addButton.isVisible()).toBe(false)
    await page.getByRole("radio", { name: /30 capsules/ }).check()
    expect(await page.getByRole("button", { name: "Notify me" }).count()).toBe(0)
    // Still in the first screen after scrolling: the buy bar stays on screen.
    await page.evaluate(() => window.scrollBy(0, 1500))
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0)
    expect(await inFirstScreen("button:text-is('Add to cart')")).toBe(true)
    await context.close()
  })

  it("without JavaScript on a phone, 'notify me' also follows the chosen size", async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(url("/products/immune-daily-defence"))
    const notify = page.getByRole("region", { name: "60 capsules: back soon" })
    expect(await notify.isVisible()).toBe(false)
    await page.getByRole("radio", { name: /60 capsules/ }).check()
    expect(await notify.isVisible()).toBe(true)
    expect(await page.getByRole("button", { name: "Add to cart" }).isVisible()).toBe(false)
    await context.close()
  })

  it("has our favicon", async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(url(PRODUCT))
    const href = await page.locator('link[rel="icon"]').first().getAttribute("href")
    expect(href).toMatch(/^\/icon\.svg/)
    const res = await fetch(url(href!))
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toContain("image/svg+xml")
    expect(await res.text()).toContain("<title>Biome &amp; Bloom</title>")
    await context.close()
  })
})
