import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { launchBrowser, screenshot, url } from "./browser"

const GUIDE = "/guides/how-to-read-a-probiotic-label"
const PRODUCT = "daily-balance-probiotic"

/**
 * The story for guides that sell: a reader browses the guides by topic, reads a guide with its
 * contents list, and subscribes from the product card in the middle of the text, without JavaScript.
 */
describe("a reader who subscribes from a product card inside a guide", () => {
  let browser: Browser
  let noScript: BrowserContext
  let page: Page

  beforeAll(async () => {
    browser = await launchBrowser()
    noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } })
    page = await noScript.newPage()
  })

  afterAll(async () => {
    await browser?.close()
  })

  it("finds the guides grouped by topic, with a featured guide and the topic filter", async () => {
    await page.goto(url("/guides"))
    expect(await page.getByRole("region", { name: "Featured guide" }).count()).toBe(1)
    expect(await page.getByTestId("guide-topic").count()).toBeGreaterThanOrEqual(2)
    expect(await page.getByRole("navigation", { name: "Topics" }).getByRole("link").count()).toBeGreaterThan(3)
    await screenshot(page, "guides-by-topic")
  })

  it("reads a guide whose contents list links to its sections and whose card sits in the text", async () => {
    await page.goto(url(GUIDE))
    const contents = page.getByRole("navigation", { name: "In this guide" })
    const first = await contents.getByRole("link").first().getAttribute("href")
    expect(first).toMatch(/^#section-/)
    expect(await page.locator(first!).count()).toBe(1)

    const card = page.getByTestId("guide-body").locator(`aside[data-product-handle="${PRODUCT}"]`)
    expect(await card.count()).toBe(1)
    expect(await card.innerText()).toMatch(/\$\d+\.\d{2}/)
    expect(await card.innerText()).toMatch(/with Subscribe & save \(\d+% off\), delivered every \d+ days/)
    expect(await page.getByTestId("guide-aside").locator("aside[data-product-handle]").count()).toBe(1)
    await card.scrollIntoViewIfNeeded()
    await screenshot(page, "guide-inline-card")
  })

  it("subscribes from the card with JavaScript off and finds the subscription in the cart", async () => {
    const card = page.getByTestId("guide-body").locator(`aside[data-product-handle="${PRODUCT}"]`)
    await card.getByRole("button", { name: /^Subscribe & save/ }).click()
    await page.waitForURL(/\/cart$/)
    const cart = await page.locator("main").innerText()
    expect(cart).toContain("Daily Balance Probiotic")
    expect(cart).toMatch(/every 30 days/i)
  })

  it("reaches the contents list with the keyboard and jumps to a section", async () => {
    const reader = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await reader.goto(url(GUIDE))
    const contents = reader.getByRole("navigation", { name: "In this guide" })
    let inContents = false
    for (let i = 0; i < 60 && !inContents; i++) {
      await reader.keyboard.press("Tab")
      inContents = (await contents.locator(":focus").count()) > 0
    }
    expect(inContents).toBe(true)
    const target = await reader.evaluate(() => document.activeElement?.getAttribute("href"))
    await reader.keyboard.press("Enter")
    await expect.poll(() => new URL(reader.url()).hash).toBe(target)
    await reader.close()
  })
})
