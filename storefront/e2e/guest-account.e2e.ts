import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { Browser, Page } from "playwright-core"
import { launchBrowser, url } from "./browser"
import { registrationLinkFor } from "./registration"

/** A guest orders, then takes the confirmation page's offer: a link by email, a password, and the order is in the new account. */
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
    await page.locator('[data-testid="purchase-form"][data-hydrated]').waitFor()
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

    // The link from the email, opened in the browser that ordered: name and password, and the order is kept.
    await page.goto(await registrationLinkFor(email))
    const finish = page.getByRole("region", { name: "Finish creating your account" })
    expect(await finish.innerText()).toContain(email)
    await finish.getByLabel("First name").fill("Sam")
    await finish.getByLabel("Last name").fill("Reyes")
    await finish.getByLabel("Password").fill("a long enough password")
    await finish.getByRole("button", { name: "Create my account" }).click()
    // Creating the account hashes a password, logs in and moves the order: give a busy machine time, and say
    // where the browser ended up if it never gets there.
    await page.waitForURL(new RegExp(`/account/orders/${orderId}$`), { timeout: 90_000 }).catch(async (error: Error) => {
      throw new Error(
        `${error.message}\nthe browser is at ${page.url()}, showing: ${(await page.locator("main").innerText()).slice(0, 600)}`
      )
    })
    expect(await page.locator("main").innerText()).toContain("Daily Balance Probiotic")
    await page.goto(url("/account/orders"))
    expect(await page.locator(`main a[href="/account/orders/${orderId}"]`).count()).toBeGreaterThan(0)
  })
})
