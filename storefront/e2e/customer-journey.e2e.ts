import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import { formatDeliveryDate } from "@biome/shared"
import { mailCatcherClient } from "../../backend/integration-tests/helpers/mail-catcher"
import { launchBrowser, screenshot, url } from "./browser"
import { registerThroughEmail } from "./registration"

/**
 * The story of the issue: a customer reads a guide, opens a linked product, subscribes every 60 days, checks
 * out, finds the subscription in the account, skips the next delivery and cancels.
 */
describe("a customer who subscribes from a guide", () => {
  let browser: Browser
  let page: Page
  const email = `journey.${Date.now()}@example.com`

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  })

  afterAll(async () => {
    await browser?.close()
  })

  it("reads a guide whose numbered citations link to its reference list", async () => {
    await page.goto(url("/guides"))
    await page
      .locator('main a[href^="/guides/"]', { hasText: /gut-skin axis/i })
      .first()
      .click()
    await page.waitForURL(/\/guides\/[^/]+$/)
    const firstMarker = page.locator('main a[href^="#ref-"]').first()
    const target = await firstMarker.getAttribute("href")
    expect(target).toMatch(/^#ref-\d+$/)
    expect(await page.locator(target!).count()).toBe(1)
    expect(await page.getByRole("heading", { name: "References" }).count()).toBe(1)
    await screenshot(page, "guide")
  })

  it("opens a product linked from the guide and adds it as a subscription every 60 days", async () => {
    await page.locator('main a[href^="/products/"]').first().click()
    await page.waitForURL(/\/products\/[^/]+$/)
    await page.getByRole("radio", { name: /Subscribe & save/ }).check()
    await page.getByLabel("Deliver every").selectOption("60")
    await screenshot(page, "product")
    await page.getByRole("button", { name: "Add to cart" }).click()
    await page.getByText("Added to your cart as a subscription, delivered every 60 days.").waitFor()
  })

  it("is asked for an account at checkout, registers, and places the order", async () => {
    await page.goto(url("/cart"))
    expect(await page.getByText(/every 60 days/i).count()).toBeGreaterThan(0)
    await page.getByRole("button", { name: "Checkout" }).click()
    await page.waitForURL(/\/checkout/)

    await registerThroughEmail(page, page.getByRole("region", { name: "Create an account" }), {
      email,
      firstName: "Ada",
      lastName: "Okafor",
      password: "a long enough password",
    })
    await page.getByRole("heading", { name: "1. Contact and delivery address" }).waitFor()

    const contact = page.getByRole("region", { name: "1. Contact and delivery address" })
    await contact.getByLabel("First name").fill("Ada")
    await contact.getByLabel("Last name").fill("Okafor")
    await contact.getByLabel("Street address").fill("400 SW 6th Ave")
    await contact.getByLabel("City").fill("Portland")
    await contact.getByLabel("State").selectOption("OR")
    await contact.getByLabel("Postal code").fill("97204")
    await contact.getByRole("button", { name: "Continue to shipping" }).click()
    await page.getByRole("button", { name: "Continue to payment" }).click()
    await page.getByRole("button", { name: "Place order" }).and(page.locator(":enabled")).waitFor()
    // No Stripe key here: the store says plainly, before the order, that it takes no payment.
    expect(await page.getByRole("note").textContent()).toContain("This is a demo store. No payment is taken at checkout")
    await screenshot(page, "checkout")
    await page.getByRole("button", { name: "Place order" }).click()
    await page.waitForURL(/\/order\/confirmed\//)
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toMatch(/thank|order/i)
  })

  it("finds the order confirmation in the inbox: the subscription's rhythm and next charge date, the total, the address", async () => {
    const total = (await page.getByTestId("total").locator("dd").textContent())!.trim()
    const orderNumber = /#(\d+)/.exec((await page.locator(".lead").first().textContent()) ?? "")?.[1]
    const confirmation = await mailCatcherClient(inject("mailInboxUrl")).waitFor(email, (e) => /order #\d+ is confirmed/.test(e.subject))

    expect(confirmation.subject).toBe(`Your Biome & Bloom order #${orderNumber} is confirmed`)
    expect(confirmation.text).toContain("Subscribe & save: delivered every 60 days")
    expect(confirmation.text).toContain(`Total: ${total}`)
    expect(confirmation.text).toContain("400 SW 6th Ave")
    expect(confirmation.text).toContain("This is a demo store: no payment was taken for this order")
    // The next charge it announces is the one the subscription portal shows.
    await page.goto(url("/account/subscriptions"))
    const nextDate = await page.getByRole("article").first().locator("time").first().getAttribute("datetime")
    expect(confirmation.text).toContain(`Next charge and delivery: ${formatDeliveryDate(new Date(nextDate!))}`)
  })

  it("finds the subscription in the account, skips the next delivery, then cancels it", async () => {
    await page.goto(url("/account/subscriptions"))
    const subscription = page.getByRole("article").first()
    const dateBefore = await subscription.locator("time").first().getAttribute("datetime")

    await subscription.getByRole("button", { name: "Skip next delivery" }).click()
    await expect.poll(() => subscription.locator("time").first().getAttribute("datetime"), { timeout: 15_000 }).not.toBe(dateBefore)
    const skippedDays =
      (new Date((await subscription.locator("time").first().getAttribute("datetime"))!).getTime() - new Date(dateBefore!).getTime()) /
      86_400_000
    expect(Math.round(skippedDays)).toBe(60)
    await screenshot(page, "subscription-portal")

    await subscription.getByLabel("Why are you cancelling?").selectOption("not_needed")
    await subscription.getByRole("button", { name: "Cancel subscription" }).click()
    await subscription.getByRole("button", { name: "Yes, cancel my subscription" }).click()
    await expect.poll(() => page.getByRole("article").first().getAttribute("data-status"), { timeout: 15_000 }).toBe("cancelled")
    expect(await page.getByRole("button", { name: "Skip next delivery" }).count()).toBe(0)
  })
})
