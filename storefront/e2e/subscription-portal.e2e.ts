import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, Locator, Page } from "playwright-core"
import postgres from "postgres"
import { launchBrowser, screenshot, url } from "./browser"
import { registerThroughEmail } from "./registration"

/**
 * The portal's way out and back in: a customer about to cancel because of the price is offered the shop's
 * one-time discount (and a longer interval, and a skip) first, takes the discount, later cancels for good,
 * sees no next price, and restarts the subscription.
 */
describe("a customer who nearly cancels, cancels, and comes back", () => {
  let browser: Browser
  let page: Page
  let sql: postgres.Sql
  const email = `portal.${Date.now()}@example.com`
  const card = (): Locator => page.getByRole("article").first()
  const message = () => card().getByTestId("action-message")

  beforeAll(async () => {
    // What an admin sets on the Subscription settings page: 20 % off one delivery for a customer about to leave.
    sql = postgres(inject("databaseUrl"), { max: 1, onnotice: () => {} })
    const updated = await sql`update subscription_settings set retention_discount_percent = 20`
    if (updated.count === 0) {
      await sql`insert into subscription_settings (id, retry_schedule_days, after_final_failure, reminder_days_before, retention_discount_percent)
                values ('subset_e2e', '[1, 3, 7]'::jsonb, 'pause', 3, 20)`
    }
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  })

  afterAll(async () => {
    await browser?.close()
    await sql?.end()
  })

  it("subscribes every 30 days at checkout", async () => {
    await page.goto(url("/products/daily-balance-probiotic"))
    await page.getByRole("radio", { name: /Subscribe & save/ }).check()
    await page.getByLabel("Deliver every").selectOption("30")
    await page.getByRole("button", { name: "Add to cart" }).click()
    await page.getByText("Added to your cart as a subscription, delivered every 30 days.").waitFor()

    await page.goto(url("/cart"))
    await page.getByRole("button", { name: "Checkout" }).click()
    await page.waitForURL(/\/checkout/)
    await registerThroughEmail(page, page.getByRole("region", { name: "Create an account" }), {
      email,
      firstName: "Noor",
      lastName: "Haddad",
      password: "a long enough password",
    })
    const contact = page.getByRole("region", { name: "1. Contact and delivery address" })
    await contact.waitFor()
    await contact.getByLabel("First name").fill("Noor")
    await contact.getByLabel("Last name").fill("Haddad")
    await contact.getByLabel("Street address").fill("1200 NW Naito Pkwy")
    await contact.getByLabel("City").fill("Portland")
    const state = contact.getByLabel(/^State/)
    if ((await state.evaluate((el) => el.tagName)) === "SELECT") await state.selectOption("OR")
    else await state.fill("OR")
    await contact.getByLabel(/Postal code|ZIP/).fill("97209")
    await contact.getByRole("button", { name: "Continue to shipping" }).click()
    await page.getByRole("button", { name: "Continue to payment" }).click()
    await page.getByRole("button", { name: "Place order" }).and(page.locator(":enabled")).waitFor()
    await page.getByRole("button", { name: "Place order" }).click()
    await page.waitForURL(/\/order\/confirmed\//)
  })

  it("giving the price as the reason, is offered the discount, a longer interval and a skip before anything is cancelled", async () => {
    await page.goto(url("/account/subscriptions"))
    const priceBefore = await card().getByText("Next price").locator("xpath=following-sibling::dd").textContent()
    await card().getByLabel("Why are you cancelling?").selectOption("too_expensive")
    await card().getByRole("button", { name: "Cancel subscription" }).click()

    const offers = card().getByRole("group", { name: "Before you cancel" })
    await offers.waitFor()
    expect(await offers.getByRole("button").allTextContents()).toEqual([
      "Take 20% off my next delivery",
      "Deliver every 90 days instead",
      "Skip next delivery instead",
      "Yes, cancel my subscription",
      "Keep my subscription",
    ])
    expect(await card().getAttribute("data-status")).toBe("active")
    await screenshot(page, "subscription-cancel-alternatives")

    await offers.getByRole("button", { name: "Take 20% off my next delivery" }).click()
    await expect.poll(() => message().textContent(), { timeout: 15_000 }).toMatch(/^Done: 20% off your next delivery/)
    await expect.poll(() => card().getByRole("group", { name: "Before you cancel" }).count()).toBe(0)
    const nextPrice = () => card().getByText("Next price").locator("xpath=following-sibling::dd").textContent()
    await expect.poll(nextPrice, { timeout: 15_000 }).toContain("including your one-time 20% off")
    expect(await nextPrice()).not.toBe(priceBefore)
    expect(await card().getAttribute("data-status")).toBe("active")
  })

  it("the discount is offered once: cancelling again offers only what is left, and the confirmation cancels", async () => {
    await card().getByLabel("Why are you cancelling?").selectOption("too_expensive")
    await card().getByRole("button", { name: "Cancel subscription" }).click()
    const offers = card().getByRole("group", { name: "Before you cancel" })
    await offers.waitFor()
    expect(await offers.getByRole("button", { name: /% off/ }).count()).toBe(0)

    await offers.getByRole("button", { name: "Yes, cancel my subscription" }).click()
    await expect.poll(() => card().getAttribute("data-status"), { timeout: 15_000 }).toBe("cancelled")
    expect(await message().textContent()).toMatch(/^Your subscription is cancelled/)
    // One message, the latest: the discount's confirmation is gone.
    expect(await card().locator(".form-message:not(:empty)").count()).toBe(1)
    expect(await card().getByText("Next price").count()).toBe(0)
    expect(await card().getByRole("button", { name: "Skip next delivery" }).count()).toBe(0)
  })

  it("restarts the cancelled subscription with a delivery tomorrow", async () => {
    await card().getByRole("button", { name: "Restart subscription" }).click()
    await expect.poll(() => card().getAttribute("data-status"), { timeout: 15_000 }).toBe("active")
    expect(await message().textContent()).toMatch(/^Welcome back: your subscription is active again\. Your next delivery is on /)
    const next = await card().locator("time").first().getAttribute("datetime")
    const tomorrow = new Date()
    tomorrow.setUTCHours(0, 0, 0, 0)
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1)
    expect(new Date(next!).getTime()).toBe(tomorrow.getTime())
    expect(await card().getByText("Next price").count()).toBe(1)
    await screenshot(page, "subscription-restarted")

    const [row] = await sql`select status, restarted_at, cancelled_at from subscription where email = ${email}`
    expect(row).toMatchObject({ status: "active", cancelled_at: null })
    expect(row!.restarted_at).toBeInstanceOf(Date)
  })
})
