import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, Locator, Page } from "playwright-core"
import postgres from "postgres"
import { launchBrowser, screenshot, url } from "./browser"
import { subscribeAtCheckout } from "./subscriber"

/**
 * "Add to my next delivery": a subscriber on another product's page adds a size to their next delivery,
 * finds it in the portal with the delivery's new total, and takes it off again. The product page stays the
 * cached page everyone gets; the offer is filled in by the browser.
 */
describe("a subscriber adds a one-time product to the next delivery", () => {
  let browser: Browser
  let page: Page
  let sql: postgres.Sql
  const email = `next.delivery.${Date.now()}@example.com`
  const card = (): Locator => page.getByRole("article").first()

  beforeAll(async () => {
    sql = postgres(inject("databaseUrl"), { max: 1, onnotice: () => {} })
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await subscribeAtCheckout(page, { email, productPath: "/products/daily-balance-probiotic", intervalDays: 30, firstName: "Ines" })
  })

  afterAll(async () => {
    await browser?.close()
    await sql?.end()
  })

  it("adds the chosen size from the product page and is told the delivery's date", async () => {
    await page.goto(url("/products/gut-restore-50"))
    await page.getByRole("radio", { name: /30 capsules/ }).check()
    const offer = page.getByRole("region", { name: "Add to my next delivery" })
    await offer.waitFor()
    const [row] = await sql`select next_delivery_at from subscription where email = ${email}`
    const date = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" }).format(row!.next_delivery_at as Date)
    expect(await offer.textContent()).toContain(`arrives next on ${date}`)
    expect(await offer.textContent()).toContain("30 capsules at the one-time price of $39.99")

    await offer.getByLabel("Quantity").selectOption("2")
    await offer.getByRole("button", { name: "Add to my next delivery" }).click()
    await offer.getByText(`Added to your delivery of ${date}: 2 × Gut Restore 50, 30 capsules.`).waitFor({ timeout: 30_000 })
    await screenshot(page, "product-add-to-next-delivery")

    // The page's HTML is the one everyone gets: no offer and no customer in it, whoever asks.
    const html = await (await page.request.get(url("/products/gut-restore-50"))).text()
    expect(html).not.toContain("Add to my next delivery")
    expect(html).not.toContain(email)
  })

  it("sees it in the portal with the delivery's total, and removes it", async () => {
    await page.goto(url("/account/subscriptions"))
    const added = card().getByRole("region", { name: "Added to your next delivery" })
    await added.waitFor()
    expect((await added.getByRole("listitem").allTextContents()).map((t) => t.replace(/Remove.*$/, ""))).toEqual([
      "Gut Restore 50, 30 capsules · 2 × $39.99 = $79.98",
    ])
    const total = await added.locator(".subscription__added-total").textContent()
    const own = Number((await card().getByText("Next price").locator("xpath=following-sibling::dd").textContent())!.match(/\$([\d.]+)/)![1])
    expect(total).toContain(`Next delivery total: $${(own + 79.98).toFixed(2)}`)
    await screenshot(page, "subscription-next-delivery-items")

    await added.getByRole("button", { name: "Remove Gut Restore 50, 30 capsules" }).click()
    await expect
      .poll(() => card().getByTestId("action-message").textContent(), { timeout: 15_000 })
      .toBe("Removed from your next delivery.")
    await expect.poll(() => card().getByRole("region", { name: "Added to your next delivery" }).count(), { timeout: 15_000 }).toBe(0)
    const [row] = await sql`select metadata from subscription where email = ${email}`
    expect((row!.metadata as { next_delivery_extras?: unknown[] }).next_delivery_extras).toEqual([])
  })
})
