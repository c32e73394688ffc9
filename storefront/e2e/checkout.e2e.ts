import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { addDays, formatDeliveryDate } from "@biome/shared"
import { launchBrowser, screenshot, url } from "./browser"
import { registerThroughEmail } from "./registration"

/**
 * Checkout on a phone for a customer with an account: the state is chosen from a list, the address goes into
 * the address book and can be reused next time, the total is on screen before "Place order", and the review
 * and confirmation give each subscription's next charge date.
 */
describe("checkout on a phone", () => {
  let browser: Browser
  let context: BrowserContext
  let page: Page
  const email = `checkout.${Date.now()}@example.com`

  beforeAll(async () => {
    browser = await launchBrowser()
    context = await browser.newContext({ viewport: { width: 375, height: 812 } })
    page = await context.newPage()
  })

  afterAll(async () => {
    await browser?.close()
  })

  async function addSubscription() {
    await page.goto(url("/products/gut-restore-50"))
    await page.locator('[data-testid="purchase-form"][data-hydrated]').waitFor()
    await page.getByRole("radio", { name: "Subscribe & save" }).check()
    await page.getByLabel("Deliver every").selectOption("30")
    await page.getByRole("button", { name: "Add to cart" }).click()
    await page.getByText("Added to your cart as a subscription, delivered every 30 days.").waitFor()
  }

  async function payAndReview() {
    await page.getByRole("button", { name: "Continue to payment" }).click()
    await page.getByRole("button", { name: "Place order" }).and(page.locator(":enabled")).waitFor()
  }

  it("registers, chooses the state from a list, and finds the address saved to the account", async () => {
    await addSubscription()
    await page.goto(url("/checkout"))
    await registerThroughEmail(page, page.getByRole("region", { name: "Create an account" }), {
      email,
      firstName: "Lin",
      lastName: "Park",
      password: "a long enough password",
    })

    const contact = page.getByRole("region", { name: "1. Contact and delivery address" })
    await contact.getByLabel("Street address").waitFor()
    const state = contact.getByRole("combobox", { name: "State" })
    expect(await state.evaluate((s: HTMLSelectElement) => s.required)).toBe(true)
    await contact.getByLabel("First name").fill("Lin")
    await contact.getByLabel("Last name").fill("Park")
    await contact.getByLabel("Street address").fill("1200 NW Naito Pkwy")
    await contact.getByLabel("City").fill("Portland")
    await contact.getByLabel("Postal code").fill("97209")
    await state.selectOption("OR")
    await contact.getByRole("button", { name: "Continue to shipping" }).click()
    await payAndReview()
  })

  it("shows the order total on screen with 'Place order', and the subscription's next charge date", async () => {
    const button = page.getByRole("button", { name: "Place order" })
    await button.scrollIntoViewIfNeeded()
    const total = page.getByTestId("order-total")
    const totalBox = (await total.boundingBox())!
    const buttonBox = (await button.boundingBox())!
    expect(totalBox.y).toBeGreaterThanOrEqual(0)
    expect(totalBox.y + totalBox.height).toBeLessThanOrEqual(buttonBox.y)
    expect(await total.innerText()).toMatch(/^Order total: \$\d+\.\d{2}$/)
    expect(await total.innerText()).toBe(`Order total: ${(await page.getByTestId("total").locator("dd").first().innerText()).trim()}`)

    const review = page.getByRole("region", { name: "4. Review and place your order" })
    const next = await review.locator("time").first().getAttribute("datetime")
    const expected = addDays(new Date(), 30)
    // The page's clock and this one agree to within the test's run.
    expect(Math.abs(new Date(next!).getTime() - expected.getTime())).toBeLessThan(5 * 60_000)
    expect(await review.innerText()).toContain(`next charge and delivery on ${formatDeliveryDate(new Date(next!))}, then every 30 days`)
    await screenshot(page, "checkout-phone")

    await button.click()
    await page.waitForURL(/\/order\/confirmed\//)
    const confirmation = await page.getByRole("region", { name: "Your subscription has started" }).innerText()
    expect(confirmation).toContain(`Gut Restore 50: next charge and delivery on ${formatDeliveryDate(new Date(next!))}`)
  })

  it("finds the checkout address in the address book", async () => {
    await page.goto(url("/account/addresses"))
    expect(
      await page.getByRole("region", { name: "Saved addresses" }).getByRole("listitem").filter({ hasText: "1200 NW Naito Pkwy" }).count()
    ).toBe(1)
  })

  it("reuses the saved address at the next checkout, without saving it twice", async () => {
    await addSubscription()
    await page.goto(url("/checkout"))
    const book = page.getByRole("form", { name: "Your saved addresses" })
    expect(await book.getByRole("radio", { name: /1200 NW Naito Pkwy/ }).isChecked()).toBe(true)
    await book.getByRole("button", { name: "Deliver to this address" }).click()
    await payAndReview()
    expect(await page.getByRole("region", { name: "4. Review and place your order" }).innerText()).toContain("1200 NW Naito Pkwy")

    await page.goto(url("/account/addresses"))
    expect(
      await page.getByRole("region", { name: "Saved addresses" }).getByRole("listitem").filter({ hasText: "1200 NW Naito Pkwy" }).count()
    ).toBe(1)
  })
})
