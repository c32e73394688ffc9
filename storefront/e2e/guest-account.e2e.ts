import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import { launchBrowser, url } from "./browser"
import { registrationLinkFor } from "./registration"

/**
 * A guest orders, then takes the confirmation page's offer: a link by email, opened on another device without
 * JavaScript, a password, and the order is in the new account.
 */
describe("a guest who creates an account after ordering", () => {
  let browser: Browser
  let page: Page
  const email = `guest.${Date.now()}@example.com`

  beforeAll(async () => {
    browser = await launchBrowser()
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  })

  afterAll(async () => {
    await browser?.close()
  })

  it("orders once as a guest", async () => {
    await page.goto(url("/products/daily-balance-probiotic"))
    await page.locator(".purchase-form[data-hydrated]").waitFor()
    await page.getByRole("button", { name: "Add to cart" }).click()
    await page.getByText("Added to your cart.").waitFor()
    await page.goto(url("/checkout"))
    const contact = page.getByRole("region", { name: "1. Contact and delivery address" })
    await contact.getByLabel("Email").fill(email)
    await contact.getByLabel("First name").fill("Sam")
    await contact.getByLabel("Last name").fill("Reyes")
    await contact.getByLabel("Street address").fill("55 Water St")
    await contact.getByLabel("City").fill("Brooklyn")
    await contact.getByLabel("State").selectOption("NY")
    await contact.getByLabel("Postal code").fill("11201")
    await contact.getByRole("button", { name: "Continue to shipping" }).click()
    await page.getByRole("button", { name: "Continue to payment" }).click()
    await page.getByRole("button", { name: "Place order" }).and(page.locator(":enabled")).click()
    await page.waitForURL(/\/order\/confirmed\//)
  })

  it("creates an account from the confirmation page and finds the order in it", async () => {
    const orderId = /\/order\/confirmed\/([^/?#]+)/.exec(page.url())![1]!
    const offer = page.getByRole("region", { name: "Keep track of this order" })
    expect(await offer.innerText()).toContain(email)
    await offer.getByRole("button", { name: "Email me a link to create my account" }).click()
    await offer.getByText("Check your inbox").waitFor()

    // The link from the email, opened on another device with JavaScript off: the link itself proves the order.
    const phone = await browser.newContext({ javaScriptEnabled: false })
    const reader = await phone.newPage()
    await reader.goto(await registrationLinkFor(email))
    const finish = reader.getByRole("region", { name: "Finish creating your account" })
    expect(await finish.innerText()).toContain(email)
    await finish.getByLabel("First name").fill("Sam")
    await finish.getByLabel("Last name").fill("Reyes")
    await finish.getByLabel("Password").fill("a long enough password")
    await finish.getByRole("button", { name: "Create my account" }).click()
    await reader.waitForURL(new RegExp(`/account/orders/${orderId}$`))
    expect(await reader.locator("main").innerText()).toContain("Daily Balance Probiotic")
    await reader.goto(url("/account/orders"))
    expect(await reader.locator(`main a[href="/account/orders/${orderId}"]`).count()).toBeGreaterThan(0)

    await phone.close()
  })

  it("an expired or broken link says so and offers to send a new one", async () => {
    await page.goto(url("/account/register?token=not-a-real-token"))
    await page.getByText("This link is not valid.").waitFor()
    expect(await page.getByRole("button", { name: "Create account" }).count()).toBe(1)
  })
})
